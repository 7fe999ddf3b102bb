import { t } from '../../i18n'

export default definePageConfig({
  navigationBarTitleText: t('tab.consult'),
  enablePullDownRefresh: true,
  onReachBottomDistance: 120,
})
