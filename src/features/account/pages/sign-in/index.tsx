import { t } from '@/i18n'
import { EmptyState, Page } from '@/ui'

// Placeholder until this page's journey is built.
export default function SignInPage() {
  return (
    <Page>
      <EmptyState title={t('common.comingSoon')} body={t('common.placeholderPage')} />
    </Page>
  )
}
