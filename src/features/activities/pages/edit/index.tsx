import { useRouter } from '@tarojs/taro'
import { SignInPrompt } from '@/features/account/components/SignInPrompt'
import { useSignedIn } from '@/features/account/session-state'
import { Page } from '@/ui'
import { ActivityEditScreen } from '../../components/ActivityEditScreen'
import { activityEditPath } from '../../routes'

// 发布活动 / 编辑活动: the form for staff once signed in; ?id= names the activity to edit.
export default function ActivityEditPage() {
  const id = useRouter().params.id ?? null
  const signedIn = useSignedIn()
  if (!signedIn) return <Page>{<SignInPrompt redirect={activityEditPath(id ?? undefined)} />}</Page>
  return <ActivityEditScreen id={id} />
}
