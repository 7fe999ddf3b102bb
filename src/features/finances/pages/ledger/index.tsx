import { useRouter } from '@tarojs/taro'
import { Page } from '@/ui'
import { LedgerScreen } from '../../components/LedgerScreen'

// 记账与审核 for a month (?month=YYYY-MM, this month by default): the compound's steward and committee; others read it.
export default function LedgerPage() {
  const params = useRouter().params
  return (
    <Page>
      <LedgerScreen compoundId={params.compoundId ?? ''} month={params.month && /^\d{4}-\d{2}$/.test(params.month) ? params.month : undefined} />
    </Page>
  )
}
