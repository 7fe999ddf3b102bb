import { useRouter } from '@tarojs/taro'
import { todayInBeijing } from '@/lib/beijing-time'
import { Page } from '@/ui'
import { ImportScreen } from '../../components/ImportScreen'

// 导入账目 (?compoundId, ?month=YYYY-MM): the compound's steward and committee.
export default function FinanceImportPage() {
  const params = useRouter().params
  const month = params.month && /^\d{4}-\d{2}$/.test(params.month) ? params.month : todayInBeijing().slice(0, 7)
  return (
    <Page>
      <ImportScreen compoundId={params.compoundId ?? ''} month={month} />
    </Page>
  )
}
