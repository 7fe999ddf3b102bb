import { t } from '../../i18n'

export default definePageConfig({
  navigationBarTitleText: t('issues.title.detail'),
  enablePullDownRefresh: true,
  // A public issue can be sent to the building's group chat; the card opens this page with ?id=.
  enableShareAppMessage: true,
})
