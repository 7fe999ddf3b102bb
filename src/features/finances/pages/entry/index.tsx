import { useApolloClient } from '@apollo/client/react'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { FinanceEntryDocument } from '@/features/finances/finances.generated'
import { Page } from '@/ui'
import { EntryScreen } from '../../components/EntryScreen'

// 账目明细: one entry with its vouchers and questions; pulled down, it reads the answers again.
export default function EntryPage() {
  const id = useRouter().params.id ?? ''
  const client = useApolloClient()
  usePullDownRefresh(() => {
    void client
      .refetchQueries({ include: [FinanceEntryDocument] })
      .catch(() => undefined)
      .finally(() => Taro.stopPullDownRefresh())
  })
  return (
    <Page>
      <EntryScreen id={id} />
    </Page>
  )
}
