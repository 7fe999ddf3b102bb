import { useMutation, useQuery } from '@apollo/client/react'
import { Image, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { chooseCompressedPhotos, uploadIssuePhoto } from '@/features/issues/upload'
import { ElectorateUnitsDocument, RecordPaperBallotDocument, RosterVoteDocument } from '@/features/roster/roster.generated'
import { Card, EmptyState, Page, Skeleton, TapButton, px, tapLabel, useTokens } from '@/ui'
import { ChoiceChips } from '@/ui/ChoiceChips'
import { Field } from '@/ui/Field'
import { t, type MessageKey } from '../../i18n'

// 登记纸质选票 for an owners' vote (the committee): find the unit on the frozen roster, mark the
// choice on its signed paper, photograph it, record. The list says whether and how each unit
// voted, never how it chose; an owner who voted online cannot be overwritten (the gateway says so).
export default function PaperBallotsPage() {
  const tokens = useTokens()
  const id = useRouter().params.id ?? ''
  const [draft, setDraft] = useState('')
  const [search, setSearch] = useState('')
  const [unitId, setUnitId] = useState('')
  const [choice, setChoice] = useState('')
  const [photo, setPhoto] = useState<{ id: string; preview: string } | null>(null)
  const [message, setMessage] = useState('')
  const vote = useQuery(RosterVoteDocument, { variables: { id } })
  const units = useQuery(ElectorateUnitsDocument, { variables: { id, search: search || undefined }, fetchPolicy: 'cache-and-network' })
  const [record, recording] = useMutation(RecordPaperBallotDocument)
  const p = vote.data?.proposal
  const list = units.data?.proposal?.electorateUnits.edges.map((e) => e.node) ?? []
  const unit = list.find((u) => u.unitId === unitId)
  const muted = { display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted } as const
  if (vote.loading && !p) return <Page><Skeleton /></Page>
  if (!p || !p.electorate) return <Page><EmptyState title={t('roster.title.ballots')} body={t('roster.results.notClosed')} /></Page>
  if (!p.viewerIsCommittee) return <Page><EmptyState title={t('roster.staffOnly.ballots')} body={t('roster.staffOnly.body')} /></Page>

  const takePhoto = async () => {
    const [file] = await chooseCompressedPhotos(1)
    if (!file) return
    const outcome = await uploadIssuePhoto(file, () => undefined)
    if (!outcome.ok) return setMessage(outcome.message)
    setPhoto({ id: outcome.id, preview: file })
  }
  const submit = async () => {
    if (!unit) return setMessage(t('roster.ballots.needUnit'))
    if (!choice) return setMessage(t('roster.ballots.needChoice'))
    if (!photo) return setMessage(t('roster.ballots.needPhoto'))
    try {
      const answer = await record({ variables: { proposalId: p.id, unitId: unit.unitId, optionIds: [choice], photoId: photo.id }, refetchQueries: [ElectorateUnitsDocument] })
      if (answer.data) setMessage(t('roster.ballots.recorded', { label: unit.label, receipt: answer.data.recordPaperBallot.receipt }))
      setPhoto(null)
      setChoice('')
    } catch (error) {
      // The gateway's refusal (e.g. the owner voted online) is written for staff in Chinese.
      setMessage(error instanceof Error ? error.message : String(error))
    }
  }
  return (
    <Page>
      <Text style={{ display: 'block', fontSize: px(tokens.font.title), fontWeight: 'bold' }}>{p.title}</Text>
      <Text style={{ ...muted, marginBottom: px(tokens.space.md) }}>{t('roster.ballots.intro')}</Text>
      <Field label={t('roster.ballots.searchLabel')} value={draft} placeholder={t('roster.ballots.searchPlaceholder')} onChange={setDraft} />
      <TapButton variant='secondary' block onTap={() => setSearch(draft.trim())}>{t('roster.results.search')}</TapButton>
      <Card>
        {list.map((u) => (
          <View key={u.unitId} className='electorate-unit' {...tapLabel(`${u.label} · ${u.areaM2} ㎡`, 'radio')} aria-checked={u.unitId === unitId} onClick={() => { setUnitId(u.unitId); setMessage('') }} style={{ padding: `${px(tokens.space.sm)} 0`, borderBottom: `1px solid ${tokens.color.border}`, backgroundColor: u.unitId === unitId ? tokens.color.skeleton : 'transparent' }}>
            <Text style={{ display: 'block', fontWeight: u.unitId === unitId ? 'bold' : 'normal' }}>{`${u.label} · ${u.areaM2} ㎡`}</Text>
            <Text style={muted}>{u.voted && u.channel ? t('roster.ballots.voted', { channel: t(`roster.ballots.channel.${u.channel}` as MessageKey) }) : t('roster.ballots.pending')}</Text>
            {u.discrepancy ? <Text style={muted}>{t('roster.ballots.discrepancy')}</Text> : null}
          </View>
        ))}
      </Card>
      {unit ? <Text style={{ display: 'block', fontWeight: 'bold' }}>{t('roster.ballots.picked', { label: unit.label })}</Text> : null}
      <ChoiceChips choices={p.options.map((o) => ({ value: o.id, label: o.label }))} selected={choice} onSelect={setChoice} />
      <TapButton variant='secondary' block onTap={() => void takePhoto()}>{photo ? t('roster.ballots.photoDone') : t('roster.ballots.photo')}</TapButton>
      {photo ? <Image src={photo.preview} mode='aspectFit' style={{ width: px(120), height: px(120) }} /> : null}
      <TapButton block loading={recording.loading} onTap={() => void submit()}>{t('roster.ballots.record')}</TapButton>
      {message ? <Text className='paper-ballot-message' style={{ display: 'block', marginTop: px(tokens.space.sm), fontWeight: 'bold' }}>{message}</Text> : null}
    </Page>
  )
}
