import { useMutation, useQuery } from '@apollo/client/react'
import { Text } from '@tarojs/components'
import { useState } from 'react'
import { AddRosterUnitDocument, RosterKeepingDocument, UpdateRosterUnitDocument } from '@/features/roster/keeping.generated'
import { RosterPublicDocument } from '@/features/roster/roster.generated'
import type { AreaSource, RosterKeepingQuery, RosterUnitKind } from '@/graphql/generated/graphql'
import { EmptyState, Page, Skeleton, TapButton, px, useTokens } from '@/ui'
import { ChoiceChips } from '@/ui/ChoiceChips'
import { Field } from '@/ui/Field'
import { t, type MessageKey } from '../i18n'
import { draftErrors, unitInput, type DraftErrors, type UnitDraft } from '../unit-form'

const KINDS: RosterUnitKind[] = ['RESIDENTIAL', 'SHOP', 'DEVELOPER_UNSOLD']
const SOURCES: AreaSource[] = ['REGISTRY', 'SURVEY', 'CONTRACT']
type KeptUnit = RosterKeepingQuery['roster']['edges'][number]['node']
const EMPTY: UnitDraft = { buildingId: '', unit: '', room: '', areaM2: '', areaSource: 'REGISTRY', ownerNames: '', ownerPhone: '', kind: 'RESIDENTIAL' }

/**
 * 修改名册信息 / 补录一户 (the committee): one roster unit's fields with their problems in words,
 * the gateway's refusal shown as it says it. The phone is only ever shown masked; left blank on a
 * fix, the number on file stays.
 */
export function UnitEditScreen(props: { compoundId: string; unitId?: string; room?: string }) {
  const keeping = useQuery(RosterKeepingDocument, { variables: { compoundId: props.compoundId, search: props.room || undefined } })
  const current = keeping.data?.roster.edges.map((e) => e.node).find((u) => u.id === props.unitId)
  const buildings = keeping.data?.communities.flatMap((c) => c.compounds).find((c) => c.id === props.compoundId)?.buildings ?? []
  if (keeping.loading && !keeping.data) return <Page><Skeleton /></Page>
  if (!keeping.data) return <Page><EmptyState title={t('roster.title.unit')} body={keeping.error?.message ?? ''} /></Page>
  if (!keeping.data.viewer?.isStaff) return <Page><EmptyState title={t('roster.staffOnly.unit')} body={t('roster.staffOnly.body')} /></Page>
  if (props.unitId && !current) return <Page><EmptyState title={t('roster.title.unit')} body={t('roster.unit.notFound')} /></Page>
  // Keyed by the unit: the form opens with its values in place (no empty fields filled a moment later).
  return <UnitForm key={current?.id ?? 'new'} compoundId={props.compoundId} unit={current} buildings={buildings} />
}

function draftOf(unit: KeptUnit | undefined): UnitDraft {
  if (!unit) return EMPTY
  return { buildingId: unit.building.id, unit: unit.unit, room: unit.room, areaM2: unit.areaM2, areaSource: unit.areaSource, ownerNames: unit.ownerNames ?? '', ownerPhone: '', kind: unit.kind }
}

function UnitForm({ compoundId, unit: current, buildings }: { compoundId: string; unit: KeptUnit | undefined; buildings: readonly { id: string; name: string }[] }) {
  const tokens = useTokens()
  const editing = Boolean(current)
  const [update, updating] = useMutation(UpdateRosterUnitDocument)
  const [add, adding] = useMutation(AddRosterUnitDocument)
  const [draft, setDraft] = useState<UnitDraft>(() => draftOf(current))
  const [errors, setErrors] = useState<DraftErrors>({})
  const [message, setMessage] = useState('')
  const set = (field: keyof UnitDraft) => (value: string) => setDraft({ ...draft, [field]: value })
  const save = async () => {
    const found = draftErrors(draft)
    setErrors(found)
    setMessage('')
    if (Object.keys(found).length) return
    try {
      const input = unitInput(draft, editing)
      const saved = current
        ? (await update({ variables: { id: current.id, input }, refetchQueries: [RosterPublicDocument] })).data?.updateRosterUnit
        : (await add({ variables: { compoundId, input }, refetchQueries: [RosterPublicDocument] })).data?.addRosterUnit
      if (saved) setMessage(t('roster.unit.saved', { label: saved.label, area: saved.areaM2 }))
    } catch (error) {
      // The gateway's refusal (a duplicate room, a bad area) is written for staff in Chinese.
      setMessage(error instanceof Error ? error.message : String(error))
    }
  }
  return (
    <Page>
      <Text style={{ display: 'block', fontSize: px(tokens.font.title), fontWeight: 'bold', marginBottom: px(tokens.space.md) }}>{current ? current.label : t('roster.title.addUnit')}</Text>
      <ChoiceChips label={t('roster.unit.building')} choices={buildings.map((b) => ({ value: b.id, label: b.name }))} selected={draft.buildingId} onSelect={set('buildingId')} error={errors.buildingId} />
      <Field label={t('roster.unit.unit')} value={draft.unit} onChange={set('unit')} error={errors.unit} maxlength={16} />
      <Field label={t('roster.unit.room')} value={draft.room} onChange={set('room')} error={errors.room} maxlength={16} />
      <Field label={t('roster.unit.area')} value={draft.areaM2} placeholder={t('roster.unit.areaPlaceholder')} type='digit' onChange={set('areaM2')} error={errors.areaM2} maxlength={12} />
      <ChoiceChips label={t('roster.unit.source')} choices={SOURCES.map((s) => ({ value: s, label: t(`roster.source.${s}` as MessageKey) }))} selected={draft.areaSource} onSelect={(v) => setDraft({ ...draft, areaSource: v as AreaSource /* one of SOURCES, the chips' values */ })} />
      <ChoiceChips label={t('roster.unit.kind')} choices={KINDS.map((k) => ({ value: k, label: t(`roster.kind.${k}` as MessageKey) }))} selected={draft.kind} onSelect={(v) => setDraft({ ...draft, kind: v as RosterUnitKind /* one of KINDS, the chips' values */ })} />
      <Field label={t('roster.unit.owners')} value={draft.ownerNames} onChange={set('ownerNames')} error={errors.ownerNames} maxlength={100} />
      <Field label={t('roster.unit.phone')} value={draft.ownerPhone} type='number' placeholder={current?.ownerPhone ? t('roster.unit.phoneKeep', { phone: current.ownerPhone }) : ''} onChange={set('ownerPhone')} error={errors.ownerPhone} maxlength={15} />
      <TapButton block loading={updating.loading || adding.loading} onTap={() => void save()}>{t('roster.unit.save')}</TapButton>
      {message ? <Text className='roster-unit-message' style={{ display: 'block', marginTop: px(tokens.space.sm), fontWeight: 'bold' }}>{message}</Text> : null}
    </Page>
  )
}
