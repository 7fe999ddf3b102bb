import { t } from '../../i18n'

export default definePageConfig({
  navigationBarTitleText: t('tab.activities'),
  enablePullDownRefresh: true,
  onReachBottomDistance: 120,
})
