import { t } from '../../i18n'

export default definePageConfig({
  navigationBarTitleText: t('title.notices.list'),
  enablePullDownRefresh: true,
  onReachBottomDistance: 120,
})
