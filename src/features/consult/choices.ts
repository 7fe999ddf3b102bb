import type { BallotKind } from '@/graphql/generated/graphql'

// Which options a ballot may hold: one for 单选 and 同意·反对·弃权, one to k for 多选.

export interface ChoiceRule {
  kind: BallotKind
  maxChoices?: number | null
}

/** How many options the ballot may hold. */
export function choiceLimit(rule: ChoiceRule): number {
  if (rule.kind !== 'MULTIPLE') return 1
  return Math.max(1, rule.maxChoices ?? 1)
}

/**
 * The selection after tapping `optionId`: single kinds replace it; 多选 toggles it, and refuses a
 * choice past the limit (`full` tells the page to say why nothing changed).
 */
export function toggleChoice(selected: ReadonlyArray<string>, optionId: string, rule: ChoiceRule): { selected: string[]; full: boolean } {
  if (rule.kind !== 'MULTIPLE') return { selected: [optionId], full: false }
  if (selected.includes(optionId)) return { selected: selected.filter((id) => id !== optionId), full: false }
  if (selected.length >= choiceLimit(rule)) return { selected: [...selected], full: true }
  return { selected: [...selected, optionId], full: false }
}

/** A ballot can be cast with at least one and at most the limit of options. */
export function canCast(selected: ReadonlyArray<string>, rule: ChoiceRule): boolean {
  return selected.length >= 1 && selected.length <= choiceLimit(rule)
}
