import { t } from '@/i18n'
import { EmptyState, Page } from '@/ui'

// Until the consult journey is built: say what will come here and what to do meanwhile.
export default function ConsultTabPage() {
  return (
    <Page>
      <EmptyState title={t('consult.soon.title')} body={t('consult.soon.body')} />
    </Page>
  )
}
