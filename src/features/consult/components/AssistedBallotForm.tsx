import { useQuery } from '@apollo/client/react'
import { Image, Progress, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { chooseCompressedPhotos, showUploadRefusal, uploadIssuePhoto } from '@/features/issues/upload'
import { AssistedHouseholdsDocument, RecordAssistedBallotDocument } from '@/features/consult/consult.generated'
import { t } from '../i18n'
import { TapButton, px, tapLabel, useTokens } from '@/ui'
import { ChoiceChips } from '@/ui/ChoiceChips'
import { Field } from '@/ui/Field'
import { canCast, choiceLimit, toggleChoice } from '../choices'
import { useProposalStep } from '../hooks/useProposalStep'
import { findHouseholds, householdStatus, votedCounts } from '../households'
import { optionLetter } from '../vocabulary'
import { ToolSection } from './CommitteeForms'
import { FormGroup } from './FormBits'
import type { ProposalView } from './types'
import { VoteChoices } from './VoteChoices'

const toast = (title: string) => void Taro.showToast({ title, icon: 'none', duration: 2500 })
const SHOWN = 12

/**
 * 代录纸质选票 (committee, while voting is open): find the household on the scope's list, mark
 * the choice on its signed paper ballot, photograph the paper, and record it. The list says who has
 * voted, never how.
 */
export function AssistedBallotForm(props: { proposal: ProposalView }) {
  const tokens = useTokens()
  const p = props.proposal
  const rule = { kind: p.ballotKind, maxChoices: p.maxChoices }
  const households = useQuery(AssistedHouseholdsDocument, { variables: { id: p.id }, fetchPolicy: 'cache-and-network', context: { silentErrors: true } })
  const record = useProposalStep(RecordAssistedBallotDocument)
  const [query, setQuery] = useState('')
  const [pendingOnly, setPendingOnly] = useState(false)
  const [householdId, setHouseholdId] = useState('')
  const [selected, setSelected] = useState<string[]>([])
  const [photo, setPhoto] = useState<{ id: string; preview: string } | null>(null)
  const [percent, setPercent] = useState<number | null>(null)
  const [done, setDone] = useState('')

  const list = households.data?.proposal?.householdsInScope ?? []
  const counts = votedCounts(list)
  const found = findHouseholds(list, query, { pendingOnly, limit: SHOWN })
  const household = list.find((h) => h.id === householdId && h.mayVote)
  const muted = { display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted } as const

  const pickHousehold = (id: string) => {
    setHouseholdId(id)
    setDone('')
  }
  const toggle = (id: string) => {
    const next = toggleChoice(selected, id, rule)
    if (next.full) toast(t('consult.vote.full', { max: choiceLimit(rule) }))
    setSelected(next.selected)
  }
  const takePhoto = async () => {
    const [file] = await chooseCompressedPhotos(1)
    if (!file) return
    setPercent(0)
    const outcome = await uploadIssuePhoto(file, setPercent)
    setPercent(null)
    if (!outcome.ok) return showUploadRefusal(outcome.message)
    setPhoto({ id: outcome.id, preview: file })
  }
  const choiceWords = () =>
    p.options
      .map((o, i) => (selected.includes(o.id) ? (p.ballotKind === 'YES_NO_ABSTAIN' ? o.label : `${optionLetter(i)}. ${o.label}`) : null))
      .filter(Boolean)
      .join('、')
  const submit = async () => {
    if (!household) return toast(t('consult.tools.assistedPickHousehold'))
    if (!canCast(selected, rule)) return toast(t('consult.tools.assistedPickChoice'))
    if (percent !== null || !photo) return toast(t('consult.tools.assistedNeedPhoto'))
    const content = [t('consult.tools.assistedConfirm', { household: household.label, choice: choiceWords() }), household.voted ? t('consult.tools.assistedReplaces') : ''].join('')
    const confirm = await Taro.showModal({ title: t('consult.tools.assistedConfirmTitle'), content }).catch(() => ({ confirm: false }))
    if (!confirm.confirm) return
    const answer = await record.run({ proposalId: p.id, householdId: household.id, optionIds: selected, photoId: photo.id })
    if (!answer) return
    // Success in words that stay on the page (a success toast cuts Chinese after seven characters).
    toast(t('consult.tools.assistedDone'))
    setDone(t('consult.tools.assistedDoneFor', { household: household.label }))
    setHouseholdId('')
    setSelected([])
    setPhoto(null)
    void households.refetch().catch(() => undefined)
  }

  return (
    <ToolSection title={t('consult.tools.assistedTitle')} hint={t('consult.tools.assistedHint')}>
      {done ? <Text style={{ display: 'block', fontWeight: 'bold', color: tokens.color.primary, marginBottom: px(tokens.space.sm) }}>{done}</Text> : null}
      {households.loading && !list.length ? <Text style={muted}>{t('consult.tools.assistedLoading')}</Text> : null}
      {households.error && !list.length ? (
        <View {...tapLabel(t('consult.tools.assistedLoadFailed'))} hoverClass="linli-pressed" onClick={() => void households.refetch().catch(() => undefined)} style={{ minHeight: px(tokens.tapTarget), display: 'flex', alignItems: 'center' }}>
          <Text style={{ fontWeight: 'bold' }}>{`ⓘ ${t('consult.tools.assistedLoadFailed')}`}</Text>
        </View>
      ) : null}
      {list.length ? (
        <View>
          <Text style={{ ...muted, marginBottom: px(tokens.space.xs) }}>{t('consult.tools.assistedCounts', counts)}</Text>
          <Field label={t('consult.tools.assistedSearch')} placeholder={t('consult.tools.assistedSearchPlaceholder')} value={query} maxlength={30} onChange={setQuery} />
          <ChoiceChips
            choices={[
              { value: 'all', label: t('consult.tools.assistedAll') },
              { value: 'pending', label: t('consult.tools.assistedPendingOnly') },
            ]}
            selected={pendingOnly ? 'pending' : 'all'}
            onSelect={(v) => setPendingOnly(v === 'pending')}
          />
          <View role="radiogroup" style={{ display: 'flex', flexDirection: 'column', gap: px(tokens.space.xs), marginBottom: px(tokens.space.md) }}>
            {found.shown.map((h) => {
              const on = h.id === householdId
              return (
                <View
                  key={h.id}
                  {...tapLabel(`${h.label} ${householdStatus(h)}`, 'radio')}
                  aria-checked={on}
                  aria-disabled={!h.mayVote}
                  hoverClass={h.mayVote ? 'linli-pressed' : 'none'}
                  onClick={h.mayVote ? () => pickHousehold(h.id) : undefined}
                  style={{
                    boxSizing: 'border-box',
                    display: 'flex',
                    flexWrap: 'wrap',
                    alignItems: 'center',
                    justifyContent: 'space-between',
                    gap: px(tokens.space.xs),
                    minHeight: px(tokens.tapTarget),
                    padding: `${px(tokens.space.xs)} ${px(tokens.space.md)}`,
                    borderRadius: px(tokens.radius),
                    border: `${on ? 3 : 1}px solid ${on ? tokens.color.primary : tokens.color.border}`,
                    backgroundColor: tokens.color.surface,
                    opacity: h.mayVote ? 1 : 0.6,
                  }}
                >
                  <Text style={{ fontWeight: on ? 'bold' : 'normal', color: on ? tokens.color.primary : tokens.color.text }}>{`${on ? '◉' : '○'} ${h.label}`}</Text>
                  <Text style={{ fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{on ? `${householdStatus(h)} · ${t('consult.tools.assistedPicked')}` : householdStatus(h)}</Text>
                </View>
              )
            })}
            {!found.shown.length ? <Text style={muted}>{t('consult.tools.assistedNone')}</Text> : null}
            {found.more ? <Text style={muted}>{t('consult.tools.assistedMore', { count: found.more })}</Text> : null}
          </View>
        </View>
      ) : null}
      {household ? (
        <View>
          <Text style={{ display: 'block', fontWeight: 'bold', marginBottom: px(tokens.space.xs) }}>{t('consult.tools.assistedFor', { household: household.label })}</Text>
          {household.voted ? <Text style={{ ...muted, marginBottom: px(tokens.space.xs) }}>{`ⓘ ${t('consult.tools.assistedReplaces')}`}</Text> : null}
          <FormGroup label={t('consult.tools.assistedChoice')} hint={p.ballotKind === 'MULTIPLE' ? t('consult.vote.pickUpTo', { max: choiceLimit(rule) }) : undefined}>
            <VoteChoices kind={p.ballotKind} options={p.options} selected={selected} disabled={record.loading} onToggle={toggle} />
          </FormGroup>
          <FormGroup label={t('consult.tools.assistedPhoto')}>
            {photo ? (
              <View style={{ marginBottom: px(tokens.space.sm) }}>
                <Image src={photo.preview} mode="aspectFit" style={{ width: px(160), height: px(160), borderRadius: px(tokens.radius), border: `1px solid ${tokens.color.border}` }} />
                <Text style={muted}>{t('consult.tools.assistedPhotoReady')}</Text>
              </View>
            ) : null}
            {percent !== null ? (
              <View style={{ marginBottom: px(tokens.space.sm) }}>
                <Progress percent={percent} strokeWidth={tokens.mode === 'elder' ? 10 : 6} activeColor={tokens.color.primary} />
                <Text style={muted}>{t('consult.tools.assistedUploading', { percent })}</Text>
              </View>
            ) : null}
            <TapButton block variant="secondary" disabled={percent !== null || record.loading} onTap={() => takePhoto()}>
              {photo ? t('consult.tools.assistedRetake') : t('consult.tools.assistedTakePhoto')}
            </TapButton>
          </FormGroup>
          <TapButton block disabled={record.loading || percent !== null} onTap={() => submit()}>
            {t('consult.tools.assistedSubmit')}
          </TapButton>
        </View>
      ) : null}
    </ToolSection>
  )
}
