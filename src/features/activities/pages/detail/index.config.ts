import { t } from '../../i18n'

export default definePageConfig({
  navigationBarTitleText: t('activities.title.detail'),
  enablePullDownRefresh: true,
  // Sent into the building's group chat, the card opens this page with ?id=.
  enableShareAppMessage: true,
})
