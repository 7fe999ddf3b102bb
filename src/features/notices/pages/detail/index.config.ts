import { t } from '../../i18n'

export default definePageConfig({
  navigationBarTitleText: t('title.notices.detail'),
  enablePullDownRefresh: true,
  // A notice can be sent to a chat and to Moments; the card opens this page with ?id=.
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
