import { t } from '@/i18n'
import { EmptyState, Page } from '@/ui'

// Until the activities journey is built: say what will come here and what to do meanwhile.
export default function ActivitiesTabPage() {
  return (
    <Page>
      <EmptyState title={t('activities.soon.title')} body={t('activities.soon.body')} />
    </Page>
  )
}
