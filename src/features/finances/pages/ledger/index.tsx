import { useRouter } from '@tarojs/taro'
import { Page } from '@/ui'
import { LedgerScreen } from '../../components/LedgerScreen'
import { lastCompleteMonth } from '../../periods'

// 记账与审核: the compound's steward and committee.
export default function LedgerPage() {
  const compoundId = useRouter().params.compoundId ?? ''
  const period = lastCompleteMonth()
  return (
    <Page>
      <LedgerScreen compoundId={compoundId} period={period} periodLabel={`${Number(period.slice(0, 4))}年${Number(period.slice(5, 7))}月`} />
    </Page>
  )
}
