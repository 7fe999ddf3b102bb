import { createHash } from 'node:crypto'
import type { Voter } from '../consult/tally'
import type { UnitKind } from './tables'

// Who counts as one owner, per the Supreme People's Court's interpretation on building
// ownership (法释〔2009〕7号, arts. 8–9): one exclusive unit counts one owner; one person owning
// several units counts once, with the areas added; all the developer's unsold units together
// count as one owner. The roster decides, so the rule is a pure function of roster rows.

export const DEVELOPER_KEY = 'developer'

/** The names on a unit, split at the separators registers use, sorted, rejoined: "李四, 张三" → "张三、李四" in one order. */
export function normaliseOwnerNames(names: string): string {
  return names
    .split(/[、,,;;/\s]+/)
    .map((n) => n.trim())
    .filter(Boolean)
    .sort()
    .join('、')
}

export const phoneDigits = (phone: string | null | undefined) => (phone ?? '').replace(/\D/g, '')

/**
 * The owner key: every developer-unsold unit shares one; otherwise the same names and the same
 * phone are the same owner (a name alone is not enough: two 王芳 in one compound are common).
 * A hash, so the key carries no name once a person's data is erased.
 */
export function ownerKeyOf(unit: { kind: UnitKind; ownerNames: string; phone: string | null }): string {
  if (unit.kind === 'DEVELOPER_UNSOLD') return DEVELOPER_KEY
  const basis = `${normaliseOwnerNames(unit.ownerNames)}|${phoneDigits(unit.phone)}`
  return `o_${createHash('sha256').update(basis).digest('hex').slice(0, 32)}`
}

/** Units of the frozen electorate grouped into owners, with each owner's choice (null: did not vote). */
export function ownersAsVoters(units: readonly { owner_key: string; area_centi: number }[], choiceOf: (ownerKey: string) => readonly string[] | null): Voter[] {
  const owners = new Map<string, { households: number; areaCenti: number }>()
  for (const u of units) {
    const o = owners.get(u.owner_key) ?? { households: 0, areaCenti: 0 }
    o.households += 1
    o.areaCenti += Number(u.area_centi)
    owners.set(u.owner_key, o)
  }
  return [...owners.entries()].map(([key, o]) => ({ households: o.households, areaCenti: o.areaCenti, areaM2: o.areaCenti / 100, choice: choiceOf(key) }))
}

/** "138****5678": phones are masked on every screen but the import preview. */
export function maskPhone(phone: string | null | undefined): string | null {
  const d = phoneDigits(phone)
  if (!d) return null
  return d.length >= 7 ? `${d.slice(0, 3)}****${d.slice(-4)}` : '****'
}
