import { useMutation, useQuery } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'
import { SignInPrompt } from '@/features/account/components/SignInPrompt'
import { useSignedIn } from '@/features/account/session-state'
import { ConsultPlacesDocument, ConsultSitePlanDocument, CreateProposalDocument, SubmitProposalDocument, WithdrawProposalDocument } from '@/features/consult/consult.generated'
import { t } from '../../i18n'
import { EmptyState, Page, Skeleton, TapButton, px, useTokens } from '@/ui'
import { ChoiceChips } from '@/ui/ChoiceChips'
import { Field } from '@/ui/Field'
import { LongText } from '../../components/FormBits'
import { OptionsEditor } from '../../components/OptionsEditor'
import { BallotKindField, MatterField } from '../../components/ProposeChoices'
import { SitePlanUpload } from '../../components/SitePlanUpload'
import { useProposeDraft } from '../../hooks/useProposeDraft'
import { consultCompounds } from '../../places'
import { QUESTION_MAX, TEXT_MAX, TITLE_MAX, hasErrors, hasOwnOptions, toCreateInput, validateProposeForm } from '../../propose-form'
import { CLUSTERS_PAGE, CONSULT_TAB, PROPOSE_PAGE, proposalDetailPath } from '../../routes'

const toast = (title: string) => void Taro.showToast({ title, icon: 'none', duration: 3000 })
const WHOLE = 'WHOLE'

// 发起议题: where, what and why, the question, the kind of matter and ballot, options pinned on the
// site plan. Kept in storage on every change; 保存草稿 makes the gateway's draft, 提交联署 submits it.
export default function ProposePage() {
  const tokens = useTokens()
  const signedIn = useSignedIn()
  const { draft, restored, update, markSaved, fillDefault, discard, finish } = useProposeDraft()
  const [showErrors, setShowErrors] = useState(false)
  const [placing, setPlacing] = useState<number | null>(null)
  const places = useQuery(ConsultPlacesDocument, { skip: !signedIn, context: { silentErrors: true } })
  const choices = useMemo(() => consultCompounds(places.data), [places.data])
  const compound = choices.compounds.find((c) => c.id === draft.compoundId) ?? null
  const plan = useQuery(ConsultSitePlanDocument, { variables: { communityId: compound?.communityId ?? '' }, skip: !compound, context: { silentErrors: true } })
  const settings = plan.data?.community?.compounds.find((c) => c.id === compound?.id)?.consultSettings
  const planUrl = settings?.sitePlan?.url ?? null
  const [create, { loading: creating }] = useMutation(CreateProposalDocument)
  const [submitDraft, { loading: submitting }] = useMutation(SubmitProposalDocument)
  const [withdraw] = useMutation(WithdrawProposalDocument, { context: { silentErrors: true } })
  const errors = showErrors ? validateProposeForm(draft) : {}

  useEffect(() => {
    const first = choices.compounds[0]
    if (!draft.compoundId && choices.fromHouseholds && first) fillDefault({ compoundId: first.id })
  }, [choices, draft.compoundId, fillDefault])

  if (!signedIn) return <Page><SignInPrompt body={t('consult.propose.signedOut')} redirect={PROPOSE_PAGE} /></Page>
  if (places.loading && !places.data) return <Page><Skeleton rows={3} /></Page>
  if (places.data && choices.compounds.length === 0) {
    return <Page><EmptyState title={t('consult.propose.noHousehold.title')} body={t('consult.propose.noHousehold.body')} action={{ label: t('consult.propose.noHousehold.action'), onTap: () => void Taro.navigateTo({ url: '/features/account/pages/claim/index' }) }} /></Page>
  }

  /** The gateway's draft for this form: the one already made, or a new one (replacing a stale one). */
  const saveDraft = async (): Promise<string | null> => {
    setShowErrors(true)
    if (hasErrors(validateProposeForm(draft))) {
      toast(t('consult.propose.fixErrors'))
      return null
    }
    if (draft.savedId) return draft.savedId
    const input = toCreateInput(draft)
    if (!input) return null
    const result = await create({ variables: { input } }).catch(() => null)
    const id = result?.data?.createProposal.id
    if (!id) return null
    markSaved(id)
    return id
  }
  const save = async () => {
    const id = await saveDraft()
    if (id) void Taro.showToast({ title: t('consult.propose.saved'), icon: 'success', duration: 2000 })
  }
  const submit = async () => {
    const id = await saveDraft()
    if (!id) return
    const result = await submitDraft({ variables: { id } }).catch(() => null)
    if (!result?.data) return
    finish()
    void Taro.showToast({ title: t('consult.propose.submitted'), icon: 'success', duration: 2000 })
    void Taro.redirectTo({ url: proposalDetailPath(id) })
  }
  const startOver = () => {
    // A saved draft the resident throws away is withdrawn, so it does not linger in their list.
    if (draft.savedId) void withdraw({ variables: { id: draft.savedId } }).catch(() => undefined)
    discard()
    setPlacing(null)
  }

  const muted = { display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted } as const
  return (
    <Page>
      <TapButton variant="secondary" onTap={() => void Taro.navigateTo({ url: CLUSTERS_PAGE })}>{t('consult.clusters.open')}</TapButton>
      {restored ? (
        <View style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: px(tokens.space.sm), marginBottom: px(tokens.space.md) }}>
          <Text style={{ color: tokens.color.textMuted }}>{`✓ ${t('consult.propose.restored')}`}</Text>
          <TapButton variant="secondary" onTap={startOver}>
            {t('consult.propose.discard')}
          </TapButton>
        </View>
      ) : null}
      <ChoiceChips
        label={t('consult.propose.compound')}
        choices={choices.compounds.map((c) => ({ value: c.id, label: c.name }))}
        selected={draft.compoundId ?? ''}
        onSelect={(compoundId) => update({ compoundId, buildingId: null, options: draft.options.map((o) => ({ ...o, pinX: null, pinY: null })) })}
        error={errors.compound}
      />
      {compound && compound.buildings.length > 0 ? (
        <ChoiceChips
          label={t('consult.propose.scope')}
          choices={[{ value: WHOLE, label: t('consult.propose.wholeCompound') }, ...compound.buildings.map((b) => ({ value: b.id, label: b.name }))]}
          selected={draft.buildingId ?? WHOLE}
          onSelect={(value) => update({ buildingId: value === WHOLE ? null : value })}
        />
      ) : null}
      {settings ? <Text style={{ ...muted, marginBottom: px(tokens.space.md) }}>{t('consult.propose.cosignRule', { threshold: settings.cosignThreshold, days: settings.cosignDays })}</Text> : null}
      <Field label={t('consult.propose.title')} placeholder={t('consult.propose.titlePlaceholder')} value={draft.title} maxlength={TITLE_MAX} onChange={(title) => update({ title })} error={errors.title} />
      <LongText label={t('consult.propose.background')} placeholder={t('consult.propose.backgroundPlaceholder')} value={draft.background} max={TEXT_MAX} onChange={(background) => update({ background })} error={errors.background} />
      <LongText label={t('consult.propose.question')} placeholder={t('consult.propose.questionPlaceholder')} value={draft.question} max={QUESTION_MAX} onChange={(question) => update({ question })} error={errors.question} />
      <MatterField value={draft.matter} onChange={(matter) => update({ matter })} />
      <BallotKindField
        matter={draft.matter}
        value={draft.ballotKind}
        maxChoices={draft.maxChoices}
        optionCount={draft.options.length}
        onChange={(ballotKind) => update({ ballotKind })}
        onMaxChoices={(maxChoices) => update({ maxChoices })}
        error={errors.maxChoices}
      />
      {hasOwnOptions(draft) ? (
        <View>
          {compound && plan.data && !planUrl ? (
            <View style={{ marginBottom: px(tokens.space.md) }}>
              <Text style={{ display: 'block' }}>{choices.isStaff ? t('consult.plan.missingStaff') : t('consult.plan.missingResident')}</Text>
              {choices.isStaff && compound ? <SitePlanUpload compoundId={compound.id} onDone={() => void plan.refetch().catch(() => undefined)} /> : null}
            </View>
          ) : null}
          <OptionsEditor options={draft.options} placing={placing} planUrl={planUrl} error={errors.options} onChange={(change) => update((current) => ({ options: change(current.options) }))} onPlacing={setPlacing} />
        </View>
      ) : null}
      {draft.savedId ? <Text style={{ ...muted, marginBottom: px(tokens.space.sm) }}>{`✓ ${t('consult.propose.savedNote')}`}</Text> : null}
      <View style={{ display: 'flex', gap: px(tokens.space.sm), flexDirection: tokens.columns === 1 ? 'column' : 'row', marginTop: px(tokens.space.md) }}>
        <TapButton block variant="secondary" disabled={creating || submitting} onTap={() => save()}>
          {t('consult.propose.save')}
        </TapButton>
        <TapButton block disabled={creating || submitting} onTap={() => submit()}>
          {t('consult.propose.submit')}
        </TapButton>
      </View>
      <Text style={{ ...muted, marginTop: px(tokens.space.sm) }}>{t('consult.propose.afterSubmit')}</Text>
      <View style={{ marginTop: px(tokens.space.md) }}>
        <TapButton variant="secondary" block onTap={() => Taro.switchTab({ url: CONSULT_TAB })}>
          {t('consult.propose.backToTab')}
        </TapButton>
      </View>
    </Page>
  )
}
