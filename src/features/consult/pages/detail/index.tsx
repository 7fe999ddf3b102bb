import { useApolloClient } from '@apollo/client/react'
import Taro, { usePullDownRefresh, useRouter, useShareAppMessage } from '@tarojs/taro'
import { goToSignIn, useSignedIn } from '@/features/account/session-state'
import { ProposalDetailDocument } from '@/features/consult/consult.generated'
import { t } from '../../i18n'
import { BackHome, Page } from '@/ui'
import { ProposalDetailScreen } from '../../components/ProposalDetailScreen'
import { CONSULT_TAB, proposalDetailPath } from '../../routes'
import { stageLabel } from '../../vocabulary'

// One proposal, opened from the list, the inbox, or a card shared into the building's group chat
// ("vote here"): then it is the only page in the stack and the empty states lead to the 议事 tab.
export default function ProposalDetailPage() {
  const id = useRouter().params.id ?? ''
  const signedIn = useSignedIn()
  const client = useApolloClient()

  usePullDownRefresh(() => {
    void client
      .refetchQueries({ include: [ProposalDetailDocument] })
      .catch(() => undefined)
      .finally(() => Taro.stopPullDownRefresh())
  })

  useShareAppMessage(() => {
    const proposal = client.readQuery({ query: ProposalDetailDocument, variables: { id } })?.proposal
    return {
      title: proposal ? t('consult.share.title', { stage: stageLabel(proposal.stage), title: proposal.title }) : t('consult.title.detail'),
      path: proposalDetailPath(id),
      imageUrl: proposal?.sitePlan?.url ?? undefined,
    }
  })

  return (
    <Page>
      <BackHome />
      <ProposalDetailScreen id={id} signedIn={signedIn} onSignIn={() => goToSignIn(proposalDetailPath(id))} onBackToTab={() => void Taro.switchTab({ url: CONSULT_TAB })} />
    </Page>
  )
}
