import { usePullDownRefresh } from '@tarojs/taro'
import { useState } from 'react'
import { useSignedIn } from '@/features/account/session-state'
import { Page } from '@/ui'
import { DeadLetters } from '../../components/DeadLetters'

// 工作台 → 未送达的订阅消息 (admins; the link shows for them only, the gateway refuses anyone else).
export default function DeadLettersPage() {
  const signedIn = useSignedIn()
  const [refresh, setRefresh] = useState(0)
  usePullDownRefresh(() => setRefresh((n) => n + 1))
  return (
    <Page>
      <DeadLetters signedIn={signedIn} refresh={refresh} />
    </Page>
  )
}
