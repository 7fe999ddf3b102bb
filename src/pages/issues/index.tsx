import { t } from '@/i18n'
import { EmptyState, Page } from '@/ui'

// Until the issues journey is built: say what will come here and what to do meanwhile.
export default function IssuesTabPage() {
  return (
    <Page>
      <EmptyState title={t('issues.soon.title')} body={t('issues.soon.body')} />
    </Page>
  )
}
