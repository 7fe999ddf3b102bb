import { describe, expect, it } from 'vitest'
import { emptyProposeDraft, parseProposeDraft, type ProposeDraft } from '@/features/consult/draft'
import { hasErrors, toCreateInput, validateProposeForm } from '@/features/consult/propose-form'
import { countdownText } from '@/features/consult/vocabulary'
import { defaultPickerMoment, fromPickerMoment } from '@/lib/beijing-time'

const filled = (patch: Partial<ProposeDraft> = {}): ProposeDraft => ({
  ...emptyProposeDraft(),
  compoundId: 'c-zw',
  title: '东门路灯装在哪里',
  background: '东门晚上太黑',
  question: '新路灯装在哪个位置？',
  options: [{ label: '东门岗亭旁', pinX: 0.82, pinY: 0.4 }, { label: '3号楼拐角', pinX: null, pinY: null }],
  ...patch,
})

describe('the propose form', () => {
  it('asks for two named options on a choice, none on an article 278 matter', () => {
    expect(validateProposeForm(filled({ options: [{ label: '东门', pinX: null, pinY: null }] })).options).toBe('请至少添加两个选项')
    expect(validateProposeForm(filled({ options: [{ label: '东门', pinX: null, pinY: null }, { label: '东门', pinX: null, pinY: null }] })).options).toBe('有两个选项名称一样，请改一下')
    expect(hasErrors(validateProposeForm(filled({ matter: 'REBUILD', options: [] })))).toBe(false)
    expect(validateProposeForm(emptyProposeDraft())).toMatchObject({ compound: '请选择小区', title: '请写一个标题' })
  })

  it('sends pins as fractions, and no options with a forced yes/no/abstain', () => {
    expect(toCreateInput(filled())).toMatchObject({ ballotKind: 'SINGLE', maxChoices: null, options: [{ label: '东门岗亭旁', pinX: 0.82, pinY: 0.4 }, { label: '3号楼拐角', pinX: null, pinY: null }] })
    expect(toCreateInput(filled({ matter: 'USE_MAINTENANCE_FUND', ballotKind: 'MULTIPLE' }))).toMatchObject({ ballotKind: 'YES_NO_ABSTAIN', options: null, maxChoices: null })
  })

  it('keeps a stored draft and refuses a foreign shape', () => {
    const draft = filled({ savedId: 'p-1' })
    expect(parseProposeDraft(JSON.parse(JSON.stringify(draft)))).toEqual(draft)
    expect(parseProposeDraft({ ...draft, matter: 'NOPE' })).toBeNull()
    expect(parseProposeDraft({ ...draft, options: [{ label: 'x', pinX: 3, pinY: 0 }] })).toBeNull()
  })
})

describe('consult times (Beijing)', () => {
  it('turns the pickers into an instant and counts down in words', () => {
    expect(fromPickerMoment({ date: '2026-01-12', time: '20:00' })).toBe('2026-01-12T12:00:00.000Z')
    expect(fromPickerMoment({ date: '', time: '20:00' })).toBeNull()
    expect(defaultPickerMoment(new Date('2026-01-05T02:00:00Z'), 7, 20)).toEqual({ date: '2026-01-12', time: '20:00' })
    const now = new Date('2026-01-05T00:00:00Z')
    expect(countdownText('2026-01-07T03:30:00Z', now)).toBe('还剩 2 天 3 小时')
    expect(countdownText('2026-01-05T01:45:00Z', now)).toBe('还剩 1 小时 45 分钟')
    expect(countdownText('2026-01-05T00:10:00Z', now)).toBe('还剩 10 分钟')
    expect(countdownText('2026-01-04T00:00:00Z', now)).toBe('投票时间已到')
  })
})
