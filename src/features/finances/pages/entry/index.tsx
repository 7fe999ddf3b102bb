import { useRouter } from '@tarojs/taro'
import { Page } from '@/ui'
import { EntryScreen } from '../../components/EntryScreen'

// 账目明细: one entry with its vouchers and questions.
export default function EntryPage() {
  const id = useRouter().params.id ?? ''
  return (
    <Page>
      <EntryScreen id={id} />
    </Page>
  )
}
