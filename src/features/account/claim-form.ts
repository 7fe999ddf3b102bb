import type { HouseholdRelation } from '@/graphql/generated/graphql'
import { t } from './i18n'
import { textLength } from '@/ui/text-length'

// The household claim form's rules, kept pure so they are tested without a page. The limits are
// the gateway's (gateway/modules/accounts/households.ts): unit and room 1–16 characters, area
// 1–10000 m². The gateway checks again; this only saves the resident a round trip.

export const UNIT_ROOM_MAX = 16
export const AREA_MIN = 1
export const AREA_MAX = 10_000
export const RELATIONS: ReadonlyArray<HouseholdRelation> = ['OWNER', 'TENANT', 'FAMILY']

/** What the resident has typed or chosen so far; text fields stay strings until submitted. */
export interface ClaimValues {
  communityId: string
  compoundId: string
  buildingId: string
  unit: string
  room: string
  area: string
  relation: HouseholdRelation
}

export type ClaimField = keyof ClaimValues
export type ClaimErrors = Partial<Record<ClaimField, string>>

export const emptyClaim: ClaimValues = {
  communityId: '',
  compoundId: '',
  buildingId: '',
  unit: '',
  room: '',
  area: '',
  relation: 'OWNER',
}

function parseArea(area: string): number | null {
  const text = area.trim()
  if (!/^\d+(\.\d+)?$/.test(text)) return null
  return Number(text)
}

/** Field → Chinese message for every rule the values break; empty when they can be submitted. */
export function validateClaim(values: ClaimValues): ClaimErrors {
  const errors: ClaimErrors = {}
  if (!values.compoundId) errors.compoundId = t('account.claim.error.compound')
  if (!values.buildingId) errors.buildingId = t('account.claim.error.building')
  const unit = values.unit.trim()
  if (textLength(unit) < 1 || textLength(unit) > UNIT_ROOM_MAX) errors.unit = t('account.claim.error.unit', { max: UNIT_ROOM_MAX })
  const room = values.room.trim()
  if (textLength(room) < 1 || textLength(room) > UNIT_ROOM_MAX) errors.room = t('account.claim.error.room', { max: UNIT_ROOM_MAX })
  const area = parseArea(values.area)
  if (area === null || area < AREA_MIN || area > AREA_MAX) errors.area = t('account.claim.error.area', { min: AREA_MIN, max: AREA_MAX })
  if (!RELATIONS.includes(values.relation)) errors.relation = t('account.claim.error.relation')
  return errors
}

export function hasErrors(errors: ClaimErrors): boolean {
  return Object.keys(errors).length > 0
}

/** The mutation input for values that passed validateClaim. */
export function claimInput(values: ClaimValues) {
  return {
    buildingId: values.buildingId,
    unit: values.unit.trim(),
    room: values.room.trim(),
    areaM2: Number(values.area.trim()),
    relation: values.relation,
  }
}

/** The gateway's field name for a BAD_USER_INPUT error → the form field it belongs beside. */
export function fieldOfServerError(field: unknown): ClaimField | null {
  if (field === 'unit' || field === 'room' || field === 'relation') return field
  if (field === 'areaM2') return 'area'
  if (field === 'buildingId') return 'buildingId'
  return null
}

interface PlaceCommunity {
  id: string
  compounds: ReadonlyArray<{ id: string; name: string; buildings: ReadonlyArray<{ id: string }> }>
}

/** The community to start with: the one holding 众望小区 (the demo compound), else the first. */
export function defaultCommunityId(communities: ReadonlyArray<PlaceCommunity>): string {
  const withZhongwang = communities.find((c) => c.compounds.some((compound) => compound.name.includes('众望')))
  return (withZhongwang ?? communities[0])?.id ?? ''
}

/** Drops choices that no longer exist (a draft from before the places changed). */
export function reconcileWithPlaces(values: ClaimValues, communities: ReadonlyArray<PlaceCommunity>): ClaimValues {
  const community = communities.find((c) => c.id === values.communityId)
  if (!community) {
    const fallback = defaultCommunityId(communities)
    return fallback ? reconcileWithPlaces({ ...values, communityId: fallback, compoundId: '', buildingId: '' }, communities) : values
  }
  const compound = community.compounds.find((c) => c.id === values.compoundId)
  // A community with a single compound (most of them) has nothing to choose: take it.
  const only = community.compounds.length === 1 ? community.compounds[0].id : ''
  if (!compound) return only ? { ...values, compoundId: only, buildingId: '' } : { ...values, compoundId: '', buildingId: '' }
  if (!compound.buildings.some((b) => b.id === values.buildingId)) return { ...values, buildingId: '' }
  return values
}

/** A stored draft, if it has the draft's shape; anything else is ignored. */
export function parseDraft(stored: unknown): ClaimValues | null {
  if (!stored || typeof stored !== 'object') return null
  const draft = { ...emptyClaim }
  for (const key of Object.keys(emptyClaim) as ClaimField[]) {
    const value = (stored as Record<string, unknown>)[key]
    if (typeof value !== 'string') return null
    if (key === 'relation') {
      if (!(RELATIONS as ReadonlyArray<string>).includes(value)) return null
      draft.relation = value as HouseholdRelation // checked against RELATIONS just above
    } else {
      draft[key] = value
    }
  }
  return draft
}
