import { useApolloClient } from '@apollo/client/react'
import Taro, { usePullDownRefresh, useRouter, useShareAppMessage } from '@tarojs/taro'
import { IssueDetailDocument } from '@/features/issues/issues.generated'
import { getSessionToken } from '@/graphql/session'
import { t } from '../../i18n'
import { BackHome, Page } from '@/ui'
import { IssueDetailScreen } from '../../components/IssueDetailScreen'
import { ISSUES_TAB, issueDetailPath, signInPath } from '../../routes'

// One issue, opened from a list, the inbox, or a card shared into a group chat (then it is the
// only page in the stack, and the empty state offers the way to the 报事 tab).
export default function IssueDetailPage() {
  const id = useRouter().params.id ?? ''
  const client = useApolloClient()

  usePullDownRefresh(() => {
    void client
      .refetchQueries({ include: [IssueDetailDocument] })
      .catch(() => undefined)
      .finally(() => Taro.stopPullDownRefresh())
  })

  useShareAppMessage(() => {
    // readQuery hands back the whole cached issue, fragments included.
    const issue = client.readQuery({ query: IssueDetailDocument, variables: { id } })?.issue
    // A private issue is never shared with its words or photos; the card then only names the page.
    const open = issue?.isPublic === true
    return {
      title: open ? t('issues.share.title', { title: issue.title }) : t('issues.title.detail'),
      path: issueDetailPath(id),
      imageUrl: (open && issue.photos[0]?.url) || undefined,
    }
  })

  return (
    <Page>
      <BackHome />
      <IssueDetailScreen
        id={id}
        signedIn={getSessionToken() !== null}
        onSignIn={() => void Taro.navigateTo({ url: signInPath(issueDetailPath(id)) })}
        onBackToTab={() => void Taro.switchTab({ url: ISSUES_TAB })}
      />
    </Page>
  )
}
