import { useMutation, useQuery } from '@apollo/client/react'
import { Text } from '@tarojs/components'
import { useState } from 'react'
import { CastProxyBallotDocument, ProxyVoteDocument } from '@/features/roster/keeping.generated'
import { Card, EmptyState, Page, Skeleton, TapButton, px, useTokens } from '@/ui'
import { ChoiceChips } from '@/ui/ChoiceChips'
import { t } from '../i18n'

/** 代委托人投票: the person holding proxies casts one ballot per unit they hold. */
export function ProxyVoteScreen(props: { proposalId: string }) {
  const tokens = useTokens()
  const vote = useQuery(ProxyVoteDocument, { variables: { id: props.proposalId } })
  const [cast, casting] = useMutation(CastProxyBallotDocument)
  const [choices, setChoices] = useState<Record<string, string>>({})
  const [messages, setMessages] = useState<Record<string, string>>({})
  const p = vote.data?.proposal
  if (vote.loading && !p) return <Page><Skeleton /></Page>
  if (!p) return <Page><EmptyState title={t('roster.title.proxyVote')} body={vote.error?.message ?? ''} /></Page>
  const say = (unitId: string, text: string) => setMessages((m) => ({ ...m, [unitId]: text }))
  const submit = async (unit: { id: string; label: string }) => {
    const choice = choices[unit.id]
    if (!choice) return say(unit.id, t('roster.proxyVote.needChoice'))
    try {
      const answer = await cast({ variables: { proposalId: p.id, unitId: unit.id, optionIds: [choice] } })
      if (answer.data) say(unit.id, t('roster.proxyVote.cast.done', { label: unit.label, receipt: answer.data.castProxyBallot.receipt }))
    } catch (error) {
      say(unit.id, error instanceof Error ? error.message : String(error)) // the gateway's refusal, in Chinese
    }
  }
  return (
    <Page>
      <Text style={{ display: 'block', fontSize: px(tokens.font.title), fontWeight: 'bold' }}>{p.title}</Text>
      <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted, marginBottom: px(tokens.space.md) }}>{p.viewerProxyUnits.length ? t('roster.proxyVote.intro') : t('roster.proxyVote.none')}</Text>
      {p.viewerProxyUnits.map((u) => (
        <Card key={u.id}>
          <Text style={{ display: 'block', fontWeight: 'bold' }}>{`${u.label} · ${u.areaM2} ㎡`}</Text>
          <ChoiceChips choices={p.options.map((o) => ({ value: o.id, label: o.label }))} selected={choices[u.id] ?? ''} onSelect={(v) => setChoices((c) => ({ ...c, [u.id]: v }))} />
          <TapButton block loading={casting.loading} disabled={p.stage !== 'VOTING'} onTap={() => void submit(u)}>{t('roster.proxyVote.cast', { label: u.label })}</TapButton>
          {messages[u.id] ? <Text className='proxy-vote-message' style={{ display: 'block', marginTop: px(tokens.space.sm), fontWeight: 'bold' }}>{messages[u.id]}</Text> : null}
        </Card>
      ))}
    </Page>
  )
}
