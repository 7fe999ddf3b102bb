import { Text, View } from '@tarojs/components'
import type { HouseholdRelation } from '@/graphql/generated/graphql'
import { placeCommunity, type CommunityRef } from '@/lib/places'
import { t } from '../i18n'
import { Card, TapButton, px, useTokens } from '@/ui'
import { ChoiceChips } from '@/ui/ChoiceChips'
import { Field } from '@/ui/Field'
import { RELATIONS, UNIT_ROOM_MAX, type ClaimErrors, type ClaimValues } from '../claim-form'
import { relationLabel } from '../labels'

/** The communities to claim in (places.graphql's Places_community). */
export type ClaimCommunities = ReadonlyArray<CommunityRef>

export interface ClaimFormProps {
  communities: ClaimCommunities
  values: ClaimValues
  errors: ClaimErrors
  /** A message from the gateway that belongs to no single field (e.g. already claimed). */
  formError?: string
  submitting: boolean
  onChange(values: ClaimValues): void
  /** A promise holds the button (its in-flight guard) until the answer came. */
  onSubmit(): unknown
}

/** The household claim form: place by one-tap choices, then unit, room, area and relation. */
export function ClaimForm(props: ClaimFormProps) {
  const tokens = useTokens()
  const { values, errors } = props
  const communities = props.communities.map(placeCommunity)
  const community = communities.find((c) => c.id === values.communityId)
  const compound = community?.compounds.find((c) => c.id === values.compoundId)
  const set = (patch: Partial<ClaimValues>) => props.onChange({ ...values, ...patch })

  const chooseCommunity = (id: string) => {
    const next = communities.find((c) => c.id === id)
    // A community with one compound (most of them) has nothing to choose: take it.
    const only = next?.compounds.length === 1 ? next.compounds[0].id : ''
    set({ communityId: id, compoundId: only, buildingId: '' })
  }

  return (
    <Card>
      <Text style={{ display: 'block', color: tokens.color.textMuted, marginBottom: px(tokens.space.md) }}>{t('account.claim.intro')}</Text>
      {communities.length > 1 ? (
        <ChoiceChips
          label={t('account.claim.community')}
          choices={communities.map((c) => ({ value: c.id, label: c.name }))}
          selected={values.communityId}
          onSelect={chooseCommunity}
        />
      ) : null}
      {community && community.compounds.length === 0 ? (
        <Text style={{ display: 'block', color: tokens.color.textMuted }}>{t('account.claim.noCompounds')}</Text>
      ) : null}
      {community && community.compounds.length > 0 ? (
        <ChoiceChips
          label={t('account.claim.compound')}
          choices={community.compounds.map((c) => ({ value: c.id, label: c.name }))}
          selected={values.compoundId}
          onSelect={(id) => set({ compoundId: id, buildingId: '' })}
          error={errors.compoundId}
        />
      ) : null}
      {compound ? (
        <ChoiceChips
          label={t('account.claim.building')}
          choices={compound.buildings.map((b) => ({ value: b.id, label: b.name }))}
          selected={values.buildingId}
          onSelect={(id) => set({ buildingId: id })}
          error={errors.buildingId}
        />
      ) : (
        <View style={{ marginBottom: px(tokens.space.md) }}>
          <Text style={{ color: errors.buildingId ? tokens.color.danger : tokens.color.textMuted }}>
            {errors.buildingId ? `⚠ ${errors.buildingId}` : t(community ? 'account.claim.chooseCompoundFirst' : 'account.claim.chooseCommunityFirst')}
          </Text>
        </View>
      )}
      <Field
        label={t('account.claim.unit')}
        placeholder={t('account.claim.unitPlaceholder')}
        value={values.unit}
        maxlength={UNIT_ROOM_MAX}
        onChange={(unit) => set({ unit })}
        error={errors.unit}
      />
      <Field
        label={t('account.claim.room')}
        placeholder={t('account.claim.roomPlaceholder')}
        value={values.room}
        maxlength={UNIT_ROOM_MAX}
        onChange={(room) => set({ room })}
        error={errors.room}
      />
      <Field
        label={t('account.claim.area')}
        placeholder={t('account.claim.areaPlaceholder')}
        type="digit"
        value={values.area}
        maxlength={9}
        onChange={(area) => set({ area })}
        error={errors.area}
      />
      <ChoiceChips
        label={t('account.claim.relation')}
        choices={RELATIONS.map((r) => ({ value: r, label: relationLabel(r) }))}
        selected={values.relation}
        onSelect={(r) => {
          const relation = RELATIONS.find((known) => known === r)
          if (relation) set({ relation: relation satisfies HouseholdRelation })
        }}
        error={errors.relation}
      />
      {props.formError ? (
        <View role="alert" style={{ marginBottom: px(tokens.space.md) }}>
          <Text style={{ color: tokens.color.danger }}>{`⚠ ${props.formError}`}</Text>
        </View>
      ) : null}
      <TapButton block loading={props.submitting} disabled={props.submitting} onTap={props.onSubmit}>
        {t('account.claim.submit')}
      </TapButton>
      <View style={{ marginTop: px(tokens.space.sm) }}>
        <Text style={{ fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{t('account.claim.draftKept')}</Text>
      </View>
    </Card>
  )
}
