import type { AreaSource, RosterUnitInput, RosterUnitKind } from '@/graphql/generated/graphql'
import { t } from './i18n'

// The roster row form's rules, checked before the gateway sees it (which checks again). The area
// is text turned into whole hundredths of a m² digit by digit: never through a float.

export interface UnitDraft { buildingId: string; unit: string; room: string; areaM2: string; areaSource: AreaSource; ownerNames: string; ownerPhone: string; kind: RosterUnitKind }
export type DraftErrors = Partial<Record<keyof UnitDraft, string>>

/** "89.5" → 8950, "1,089.05㎡" → 108905; null when it is not a positive area with up to two decimals. */
export function areaCenti(text: string): number | null {
  const cleaned = text.replace(/[,,\s]/g, '').replace(/(㎡|m²|m2|平方米|平米)$/i, '')
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned)
  if (!match) return null
  const centi = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
  return centi > 0 && centi <= 100_000_00 ? centi : null
}

/** 8950 → "89.50". */
export const formatCenti = (centi: number) => `${Math.floor(centi / 100)}.${String(centi % 100).padStart(2, '0')}`

/** What is wrong with the draft, field by field, in Chinese (empty when it may be sent). */
export function draftErrors(d: UnitDraft): DraftErrors {
  const errors: DraftErrors = {}
  if (!d.buildingId) errors.buildingId = t('roster.unit.err.building')
  if (!d.unit.trim()) errors.unit = t('roster.unit.err.unit')
  if (!d.room.trim()) errors.room = t('roster.unit.err.room')
  if (!d.areaM2.trim()) errors.areaM2 = t('roster.unit.err.areaMissing')
  else if (areaCenti(d.areaM2) === null) errors.areaM2 = t('roster.unit.err.area')
  if (!d.ownerNames.trim() && d.kind !== 'DEVELOPER_UNSOLD') errors.ownerNames = t('roster.unit.err.owners')
  const digits = d.ownerPhone.replace(/\D/g, '')
  if (d.ownerPhone.trim() && (digits.length < 7 || digits.length > 15)) errors.ownerPhone = t('roster.unit.err.phone')
  return errors
}

/**
 * The mutation's input. The area goes as the canonical two-decimal text of its hundredths. A fix
 * with the phone left blank leaves it out, so the gateway keeps the number on file (screens only
 * ever see it masked).
 */
export function unitInput(d: UnitDraft, editing: boolean): RosterUnitInput {
  const centi = areaCenti(d.areaM2) ?? 0 // draftErrors was empty: the area parses
  const phone = d.ownerPhone.trim()
  return {
    buildingId: d.buildingId, unit: d.unit.trim(), room: d.room.trim(), areaM2: formatCenti(centi), areaSource: d.areaSource, ownerNames: d.ownerNames.trim(), kind: d.kind,
    ...(phone || !editing ? { ownerPhone: phone || null } : {}),
  }
}
