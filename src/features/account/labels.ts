import type { ClaimStatus, HouseholdRelation, Role, ScopeKind } from '@/graphql/generated/graphql'
import { t } from '@/i18n'

// The schema's enums in the words residents and staff use.

export const relationLabel = (relation: HouseholdRelation): string => t(`account.relation.${relation}`)
export const claimStatusLabel = (status: ClaimStatus): string => t(`account.claimStatus.${status}`)
export const roleLabel = (role: Role): string => t(`account.role.${role}`)
export const scopeKindLabel = (kind: ScopeKind): string => t(`account.scopeKind.${kind}`)

interface PlaceLike {
  unit: string
  room: string
  areaM2: number
  relation: HouseholdRelation
  building: { name: string; compound: { name: string } }
}

/** 众望小区 1号楼 · 1单元 · 101室 */
export function placeLine(place: PlaceLike): string {
  return t('account.place', {
    compound: place.building.compound.name,
    building: place.building.name,
    unit: place.unit,
    room: place.room,
  })
}

/** 业主 · 86.5 平方米 */
export function placeDetail(place: PlaceLike): string {
  return t('account.placeDetail', { relation: relationLabel(place.relation), area: place.areaM2 })
}
