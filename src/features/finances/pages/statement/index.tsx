import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { Page } from '@/ui'
import { StatementScreen } from '../../components/StatementScreen'
import { lastCompleteMonth } from '../../periods'

// 收支公开: a compound's statement, opened from the 收支公开 notice's button, the decision page or the workbench.
export default function StatementPage() {
  const params = useRouter().params
  const [period, setPeriod] = useState(params.period ?? lastCompleteMonth())
  return (
    <Page>
      <StatementScreen compoundId={params.compoundId ?? ''} period={period} onPeriod={setPeriod} />
    </Page>
  )
}
