import { t } from '../../i18n'

export default definePageConfig({
  navigationBarTitleText: t('workbench.deadLetters.title'),
  enablePullDownRefresh: true,
})
