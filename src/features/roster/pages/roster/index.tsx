import { useMutation, useQuery } from '@apollo/client/react'
import { Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { ObjectToRosterUnitDocument, RosterPublicDocument } from '@/features/roster/roster.generated'
import { Card, EmptyState, Page, Skeleton, TapButton, px, spokenLabel, tapRowStyle, textBoxStyle, tapLabel, useTokens } from '@/ui'
import { t, type MessageKey } from '../../i18n'
import { rosterImportPath, rosterProxiesPath, rosterUnitPath } from '../../routes'

// 业主名册公示: the compound's units and areas (no names), the viewer's own entries whole with
// their proxies and objections, and a way to object to one's own entry.
export default function RosterPublicPage() {
  const tokens = useTokens()
  const compoundId = useRouter().params.compoundId ?? ''
  const roster = useQuery(RosterPublicDocument, { variables: { compoundId } })
  const [object] = useMutation(ObjectToRosterUnitDocument)
  const [drafts, setDrafts] = useState<Record<string, string>>({})
  const [sent, setSent] = useState<Record<string, boolean>>({})
  const muted = { display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted } as const
  if (roster.loading && !roster.data) return <Page><Skeleton /></Page>
  if (!roster.data) return <Page><EmptyState title={t('roster.title.public')} body={roster.error?.message ?? ''} /></Page>
  const { roster: page, myRosterUnits: mine } = roster.data
  // Staff in scope fix rows here (the gateway refuses anyone else).
  const staff = roster.data.viewer?.isStaff ?? false
  const submit = async (unitId: string) => {
    const body = (drafts[unitId] ?? '').trim()
    if (!body) return
    const answer = await object({ variables: { id: unitId, body }, refetchQueries: [RosterPublicDocument] }).catch(() => null)
    if (answer?.data) {
      setSent({ ...sent, [unitId]: true })
      setDrafts({ ...drafts, [unitId]: '' })
    }
  }
  return (
    <Page>
      <Text style={{ ...muted, marginBottom: px(tokens.space.md) }}>{t('roster.public.intro')}</Text>
      {staff ? <TapButton variant='secondary' block onTap={() => void Taro.navigateTo({ url: rosterImportPath(compoundId) })}>{t('roster.public.import')}</TapButton> : null}
      {staff ? <TapButton variant='secondary' block onTap={() => void Taro.navigateTo({ url: rosterUnitPath(compoundId) })}>{t('roster.public.addUnit')}</TapButton> : null}
      {staff ? <TapButton variant='secondary' block onTap={() => void Taro.navigateTo({ url: rosterProxiesPath(compoundId) })}>{t('roster.public.proxies')}</TapButton> : null}
      {staff ? <Text style={muted}>{t('roster.public.editHint')}</Text> : null}
      <Text style={{ display: 'block', fontSize: px(tokens.font.heading), fontWeight: 'bold' }}>{t('roster.public.mine')}</Text>
      {mine.length ? null : <Text style={muted}>{t('roster.public.none')}</Text>}
      {mine.map((u) => (
        <Card key={u.id}>
          <Text style={{ display: 'block', fontWeight: 'bold' }}>{`${u.label} · ${u.areaM2} ㎡`}</Text>
          <Text style={muted}>{`${t(`roster.kind.${u.kind}` as MessageKey)} · ${t(`roster.source.${u.areaSource}` as MessageKey)}`}</Text>
          {u.ownerNames ? <Text style={{ display: 'block' }}>{t('roster.public.owner', { names: u.ownerNames })}</Text> : null}
          {u.ownerPhone ? <Text style={{ display: 'block' }}>{t('roster.public.phone', { phone: u.ownerPhone })}</Text> : null}
          {u.proxies.map((x) => (
            <Text key={x.id} style={{ display: 'block' }}>{t('roster.public.proxy', { name: x.proxyName, phone: x.proxyPhone, state: x.revoked ? t('roster.public.revoked') : '' })}</Text>
          ))}
          {u.objections.map((o) => (
            <Text key={o.id} style={muted}>{t('roster.public.objection', { body: o.body, state: o.resolved ? t('roster.public.objectionResolved') : t('roster.public.objectionOpen') })}</Text>
          ))}
          <Text style={{ display: 'block', marginTop: px(tokens.space.sm) }}>{t('roster.public.objectLabel')}</Text>
          <Textarea
            value={drafts[u.id] ?? ''}
            placeholder={t('roster.public.objectPlaceholder')}
            maxlength={500}
            onInput={(event) => setDrafts({ ...drafts, [u.id]: event.detail.value })}
            {...spokenLabel(t('roster.public.objectLabel'))}
            style={textBoxStyle(tokens, { lines: 2 })}
          />
          <TapButton variant='secondary' block onTap={() => void submit(u.id)}>{t('roster.public.objectSend')}</TapButton>
          {sent[u.id] ? <Text style={{ display: 'block', color: tokens.color.primary }}>{t('roster.public.objectSent')}</Text> : null}
        </Card>
      ))}
      <Text style={{ display: 'block', fontSize: px(tokens.font.heading), fontWeight: 'bold', marginTop: px(tokens.space.md) }}>{t('roster.public.all', { count: page.edges.length })}</Text>
      <Card>
        {page.edges.map((edge) => (
          <View key={edge.node.id} className='roster-row' {...(staff ? tapLabel(`${edge.node.label} · ${edge.node.areaM2} ㎡`) : {})} onClick={staff ? () => void Taro.navigateTo({ url: rosterUnitPath(compoundId, edge.node) }) : undefined} style={{ ...tapRowStyle(tokens), justifyContent: 'space-between' }}>
            <Text style={{ fontWeight: edge.node.isOwn ? 'bold' : 'normal' }}>{`${edge.node.label}${edge.node.isOwn ? ` · ${t('roster.public.mineTag')}` : ''}`}</Text>
            <Text>{`${edge.node.areaM2} ㎡`}</Text>
          </View>
        ))}
      </Card>
      {page.pageInfo.hasNextPage ? (
        <TapButton variant='secondary' block onTap={() => void roster.fetchMore({ variables: { after: page.pageInfo.endCursor } }).catch(() => undefined)}>{t('roster.public.more')}</TapButton>
      ) : null}
    </Page>
  )
}
