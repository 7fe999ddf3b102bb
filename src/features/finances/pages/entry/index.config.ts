import { t } from '../../i18n'

export default definePageConfig({
  navigationBarTitleText: t('finances.title.entry'),
  // A resident who asked pulls down to read the committee's answer.
  enablePullDownRefresh: true,
})
