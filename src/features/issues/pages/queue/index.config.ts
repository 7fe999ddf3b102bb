import { t } from '../../i18n'

export default definePageConfig({
  navigationBarTitleText: t('issues.title.queue'),
  enablePullDownRefresh: true,
  onReachBottomDistance: 120,
})
