import { Page } from '@/ui'
import { PrivacyNotice } from '../../components/PrivacyNotice'

// The privacy notice (PIPL): what is collected, why, what stays after deletion, how to export and delete.
export default function PrivacyNoticePage() {
  return (
    <Page>
      <PrivacyNotice />
    </Page>
  )
}
