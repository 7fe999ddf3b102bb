import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useMemo, useState } from 'react'
import { SignInPrompt } from '@/features/account/components/SignInPrompt'
import { goToSignIn, useSignedIn } from '@/features/account/session-state'
import { ProposalCard } from '@/features/consult/components/ProposalCard'
import { usePagedProposals } from '@/features/consult/hooks/usePagedProposals'
import { CONSULT_TAB, PROPOSE_PAGE, proposalDetailPath } from '@/features/consult/routes'
import { LIST_STAGES, parseListStage, stageLabel } from '@/features/consult/list-vocabulary'
import type { ProposalFilter } from '@/graphql/generated/graphql'
import { t } from '@/i18n'
import { ChoiceChips } from '@/ui/ChoiceChips'
import { EmptyState, Page, Skeleton, TapButton, px, useTokens } from '@/ui'

const ALL = 'ALL'
const MINE = 'MINE'

const openProposal = (id: string) => void Taro.navigateTo({ url: proposalDetailPath(id) })

// The 议事 tab: 发起议题, then the proposals of the viewer's compound(s), newest first, by stage.
export default function ConsultTabPage() {
  const tokens = useTokens()
  const signedIn = useSignedIn()
  const [choice, setChoice] = useState<string>(ALL)
  const filter = useMemo<ProposalFilter>(() => {
    if (choice === MINE) return { mine: true }
    const stage = parseListStage(choice)
    return stage ? { stage: [stage] } : {}
  }, [choice])
  const list = usePagedProposals(filter, !signedIn)

  useDidShow(() => {
    // Back from proposing or voting: show what changed.
    if (signedIn) void list.refresh()
  })

  const propose = () => (signedIn ? void Taro.navigateTo({ url: PROPOSE_PAGE }) : goToSignIn(PROPOSE_PAGE))
  const head = (
    <View style={{ marginBottom: px(tokens.space.lg) }}>
      <Text style={{ display: 'block', marginBottom: px(tokens.space.sm), color: tokens.color.textMuted }}>{t('consult.tab.intro')}</Text>
      <TapButton block onTap={propose}>
        {t('consult.tab.propose')}
      </TapButton>
    </View>
  )

  if (!signedIn) {
    return (
      <Page>
        {head}
        <SignInPrompt body={t('consult.tab.signedOut')} redirect={CONSULT_TAB} />
      </Page>
    )
  }

  const chips = [{ value: ALL, label: t('consult.tab.all') }, ...LIST_STAGES.map((s) => ({ value: s, label: stageLabel(s) })), { value: MINE, label: t('consult.tab.mine') }]
  const body = (() => {
    if (!list.connection) {
      if (list.error) return <EmptyState title={t('consult.list.error.title')} body={t('consult.list.error.body')} action={{ label: t('common.retry'), onTap: () => void list.refresh() }} />
      return <Skeleton rows={3} />
    }
    if (list.proposals.length === 0) {
      return choice === ALL
        ? <EmptyState title={t('consult.list.empty.title')} body={t('consult.list.empty.body')} action={{ label: t('consult.tab.propose'), onTap: propose }} />
        : <EmptyState title={t('consult.list.emptyStage.title')} body={t('consult.list.emptyStage.body')} action={{ label: t('consult.tab.showAll'), onTap: () => setChoice(ALL) }} />
    }
    const footer = list.loadingMore ? t('consult.list.loadingMore') : list.hasNextPage ? '' : t('consult.list.end')
    return (
      <View>
        {list.proposals.map((p) => (
          <ProposalCard key={p.id} proposal={p} onOpen={openProposal} />
        ))}
        {footer ? <Text style={{ display: 'block', textAlign: 'center', padding: px(tokens.space.md), fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{footer}</Text> : null}
      </View>
    )
  })()

  return (
    <Page>
      {head}
      <ChoiceChips choices={chips} selected={choice} onSelect={setChoice} />
      {body}
    </Page>
  )
}
