import { t } from '../../i18n'

export default definePageConfig({
  navigationBarTitleText: t('tab.issues'),
  enablePullDownRefresh: true,
  onReachBottomDistance: 120,
})
