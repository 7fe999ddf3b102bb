import { t } from '../../i18n'

export default definePageConfig({
  navigationBarTitleText: t('consult.title.detail'),
  enablePullDownRefresh: true,
  // "Vote here": the card opens this proposal with ?id=.
  enableShareAppMessage: true,
})
