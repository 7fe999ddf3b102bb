import { t } from '@/i18n'
import { EmptyState } from '@/ui'
import { goToSignIn } from '../session-state'

/** What a page that needs sign-in shows to a signed-out visitor: why, and a 去登录 button. */
export function SignInPrompt(props: { body?: string; redirect?: string }) {
  return (
    <EmptyState
      title={t('account.signedOut.title')}
      body={props.body ?? t('account.signedOut.body')}
      action={{ label: t('account.signedOut.action'), onTap: () => goToSignIn(props.redirect) }}
    />
  )
}
