import { randomInt } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { CODE_ALPHABET, CODE_LENGTH, checkInCode, normaliseCode, place, promote, seatsLeft, waitlistPositions } from '../../gateway/modules/activities/allocation'
import { activityIcs, csvField, foldLine, icsText, reusableLink } from '../../gateway/modules/activities/exports'
import { checkActivity, checkAnswers, checkPartySize, type ActivityFields, type Question } from '../../gateway/modules/activities/input'
import { maskPhonesIn, shownAnswer } from '../../gateway/modules/activities/masking'
import { typeByWording } from '../../gateway/db/migrations/2026_12_01_0010_question_types'
import { eligible, managesCommunity } from '../../gateway/modules/activities/policies'
import type { ActivityRow } from '../../gateway/db/tables'

const open = { needsApproval: false }

describe('seat allocation', () => {
  it('confirms while the whole party fits, up to exactly the capacity', () => {
    expect(place({ capacity: 30, confirmedSeats: 0, waitlist: true }, 1, open)).toBe('CONFIRMED')
    expect(place({ capacity: 30, confirmedSeats: 29, waitlist: true }, 1, open)).toBe('CONFIRMED')
    expect(place({ capacity: 30, confirmedSeats: 28, waitlist: false }, 2, open)).toBe('CONFIRMED')
    expect(place({ capacity: 30, confirmedSeats: 30, waitlist: true }, 1, open)).toBe('WAITLISTED')
    expect(place({ capacity: 30, confirmedSeats: 29, waitlist: true }, 2, open)).toBe('WAITLISTED') // a party is never split
  })

  it('refuses when there is no room and no waitlist', () => {
    expect(place({ capacity: 30, confirmedSeats: 30, waitlist: false }, 1, open)).toBe('FULL')
    expect(place({ capacity: 30, confirmedSeats: 29, waitlist: false }, 2, open)).toBe('FULL')
    expect(place({ capacity: 1, confirmedSeats: 0, waitlist: false }, 2, open)).toBe('FULL')
  })

  it('puts registrations needing approval in PENDING, holding no seat, and places them by the same rule on approval', () => {
    expect(place({ capacity: 30, confirmedSeats: 0, waitlist: false }, 1, { needsApproval: true })).toBe('PENDING')
    expect(place({ capacity: 30, confirmedSeats: 30, waitlist: false }, 1, { needsApproval: true })).toBe('PENDING')
    expect(place({ capacity: 30, confirmedSeats: 29, waitlist: true }, 1, { needsApproval: true, reviewing: true })).toBe('CONFIRMED')
    expect(place({ capacity: 30, confirmedSeats: 30, waitlist: true }, 1, { needsApproval: true, reviewing: true })).toBe('WAITLISTED')
    expect(place({ capacity: 30, confirmedSeats: 30, waitlist: false }, 1, { needsApproval: true, reviewing: true })).toBe('FULL')
  })

  it('promotes in arrival order, skipping a party that does not fit and looking on', () => {
    const w = (id: string, partySize: number) => ({ id, partySize })
    expect(promote(0, [w('a', 1)])).toEqual([])
    expect(promote(1, [w('a', 1), w('b', 1)])).toEqual(['a'])
    expect(promote(2, [w('a', 3), w('b', 1), w('c', 2), w('d', 1)])).toEqual(['b', 'd'])
    expect(promote(3, [w('a', 3), w('b', 1)])).toEqual(['a'])
    expect(promote(3, [w('a', 2), w('b', 2), w('c', 1)])).toEqual(['a', 'c'])
    expect(promote(5, [])).toEqual([])
    expect(promote(-2, [w('a', 1)])).toEqual([]) // over capacity (never, but never promote then)
  })

  it('counts seats left and ranks the waitlist 1..n', () => {
    expect(seatsLeft({ capacity: 30, confirmedSeats: 12 })).toBe(18)
    expect(seatsLeft({ capacity: 30, confirmedSeats: 31 })).toBe(0)
    expect([...waitlistPositions(['x', 'y', 'z']).entries()]).toEqual([['x', 1], ['y', 2], ['z', 3]])
  })
})

describe('check-in codes', () => {
  it('are 8 characters without look-alikes, and typed codes are normalised', () => {
    const codes = new Set(Array.from({ length: 2000 }, () => checkInCode(randomInt)))
    expect(codes.size).toBe(2000)
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`))
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/)
    expect(normaliseCode(' ab3d-ef7g ')).toBe('AB3DEF7G')
  })
})

const NAME: Question = { text: '姓名', type: 'NAME', options: [] }
const PHONE: Question = { text: '联系电话', type: 'PHONE', options: [] }

describe('activity input', () => {
  const base: ActivityFields = {
    kind: 'FESTIVAL', title: '艾草锤子', description: '手工', venue: '实践站', startsAt: '2030-01-01T06:00:00Z', endsAt: '2030-01-01T08:00:00Z',
    signUpDeadline: '2029-12-31T06:00:00Z', capacity: 30, maxPartySize: 3, eligibility: 'ANYONE', waitlist: true, needsApproval: false,
    questions: [NAME], partners: ['山西银行阳泉洪城路社区支行'], materials: [{ name: '艾草包', perParticipant: 1, unit: '份' }],
  }
  const field = (f: Partial<ActivityFields>) => {
    try {
      checkActivity({ ...base, ...f })
      return null
    } catch (error) {
      return (error as { extensions: { field: string } }).extensions.field
    }
  }
  it('accepts a good activity and names the first wrong field', () => {
    expect(checkActivity(base).startsAt).toBe('2030-01-01T06:00:00.000Z')
    expect(field({ title: ' ' })).toBe('title')
    expect(field({ endsAt: base.startsAt })).toBe('endsAt')
    expect(field({ signUpDeadline: '2030-01-01T07:00:00Z' })).toBe('signUpDeadline')
    expect(field({ capacity: 0 })).toBe('capacity')
    expect(field({ maxPartySize: 31 })).toBe('maxPartySize')
    expect(field({ maxPartySize: 11, capacity: 100 })).toBe('maxPartySize')
    expect(field({ questions: [NAME, NAME] })).toBe('questions')
    expect(field({ startsAt: 'soon' })).toBe('startsAt')
  })
  it('checks party size and answers, naming the missing question', () => {
    expect(checkPartySize(3, 3)).toBe(3)
    expect(() => checkPartySize(0, 3)).toThrow(/1 到 3/)
    expect(() => checkPartySize(4, 3)).toThrow()
    expect(() => checkPartySize(1.5, 3)).toThrow()
    expect(checkAnswers([NAME, PHONE], [{ question: '联系电话', value: ' 138 0000 0000 ' }, { question: '姓名', value: '常阿姨' }])).toEqual([
      { question: '姓名', type: 'NAME', value: '常阿姨' }, { question: '联系电话', type: 'PHONE', value: '13800000000' },
    ])
    expect(() => checkAnswers([NAME, PHONE], [{ question: '姓名', value: '常阿姨' }])).toThrow('请填写「联系电话」')
    expect(() => checkAnswers([NAME], [{ question: '姓名', value: '  ' }])).toThrow('请填写「姓名」')
    expect(() => checkAnswers([NAME], [{ question: '年龄', value: '8' }])).toThrow(/年龄/)
    expect(checkAnswers([], null)).toEqual([])
  })
})

describe('who may', () => {
  it('decides eligibility: RESIDENTS also take a pending claim, VERIFIED_HOUSEHOLDS do not', () => {
    const none = { verified: false, claimPending: false }
    const claim = { verified: false, claimPending: true }
    const verified = { verified: true, claimPending: false }
    expect([eligible('ANYONE', none), eligible('RESIDENTS', none), eligible('VERIFIED_HOUSEHOLDS', none)]).toEqual([true, false, false])
    expect([eligible('RESIDENTS', claim), eligible('VERIFIED_HOUSEHOLDS', claim)]).toEqual([true, false])
    expect([eligible('RESIDENTS', verified), eligible('VERIFIED_HOUSEHOLDS', verified)]).toEqual([true, true])
  })
  it('lets the community admin and stewards/committees of its compounds manage, nobody else', () => {
    const role = (r: string, scope: string, community: string) => ({ role: r, scope_id: scope, community_id: community })
    expect(managesCommunity([role('ADMIN', 'c1', 'c1')], 'c1')).toBe(true)
    expect(managesCommunity([role('ADMIN', 'c2', 'c2')], 'c1')).toBe(false)
    expect(managesCommunity([role('STEWARD', 'compound1', 'c1')], 'c1')).toBe(true)
    expect(managesCommunity([role('COMMITTEE', 'compound1', 'c1')], 'c1')).toBe(true)
    expect(managesCommunity([role('GRID_WORKER', 'grid1', 'c1'), role('ADVISOR', 'compound1', 'c1')], 'c1')).toBe(false)
  })
})

describe('files', () => {
  it('writes CSV fields safely', () => {
    expect(csvField('常阿姨')).toBe('常阿姨')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvField(null)).toBe('')
  })
  it('writes RFC 5545: escaped text, UTC times, CRLF, lines folded at 75 octets without splitting a character', () => {
    expect(icsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne')
    const long = `DESCRIPTION:${'艾草锤子'.repeat(20)}`
    const folded = foldLine(long)
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    expect(folded.split('\r\n ').join('')).toBe(long)
    const activity = { id: '0190a0b0-0000-7000-8000-000000000001', title: '艾草锤子, DIY', venue: '实践站', description: '第一行\n第二行', starts_at: '2030-01-01T06:00:00.000Z', ends_at: '2030-01-01T08:00:00.000Z', status: 'PUBLISHED' } as ActivityRow
    const ics = activityIcs(activity, '洪城河社区', '2029-12-01T00:00:00.000Z')
    expect(ics).toContain('\r\nDTSTART:20300101T060000Z\r\n')
    expect(ics).toContain('\r\nDTEND:20300101T080000Z\r\n')
    expect(ics).toContain('SUMMARY:艾草锤子\\, DIY')
    // Human text inside says Beijing time (14:00 there is 06:00Z); the machine times stay UTC.
    expect(ics.replace(/\r\n /g, '')).toContain('DESCRIPTION:时间:1月1日 周二 14:00–16:00(北京时间)\\n第一行\\n第二行')
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n')
  })
})

describe('typed sign-up questions', () => {
  const q = (text: string, type: Question['type'], options: string[] = []): Question => ({ text, type, options })
  const problem = (question: Question, value: string) => {
    try {
      checkAnswers([question], [{ question: question.text, value }])
      return null
    } catch (error) {
      return (error as Error).message
    }
  }
  it('checks each answer by its type, never by the wording', () => {
    expect(problem(q('联系方式', 'PHONE'), '12345')).toMatch(/手机号/)
    expect(problem(q('联系方式', 'PHONE'), '0353-1234567')).toBeNull()
    expect(problem(q('您的电话', 'TEXT'), '随便写')).toBeNull() // a TEXT question named 电话 is still text
    expect(problem(q('孩子年龄', 'NUMBER'), '八岁')).toMatch(/数字/)
    expect(problem(q('孩子年龄', 'NUMBER'), '8')).toBeNull()
    expect(problem(q('年龄段', 'CHOICE', ['6岁以下', '6–12岁']), '成人')).toMatch(/选项/)
    expect(problem(q('年龄段', 'CHOICE', ['6岁以下', '6–12岁']), '6岁以下')).toBeNull()
    expect(problem(q('姓名', 'NAME'), '名'.repeat(21))).toMatch(/20/)
  })
  it('refuses a CHOICE question without two options, and drops options of other types', () => {
    const base = { kind: 'FESTIVAL', title: '艾草锤子', description: '手工', venue: '实践站', startsAt: '2030-01-01T06:00:00Z', endsAt: '2030-01-01T08:00:00Z',
      signUpDeadline: '2029-12-31T06:00:00Z', capacity: 30, maxPartySize: 3, eligibility: 'ANYONE', waitlist: true, needsApproval: false, partners: [], materials: [] }
    expect(() => checkActivity({ ...base, questions: [q('年龄段', 'CHOICE', ['成人'])] })).toThrow(/至少填写 2 个选项/)
    expect(checkActivity({ ...base, questions: [q('电话', 'PHONE', ['x'])] }).questions).toEqual([q('电话', 'PHONE')])
  })
  it('masks by type: PHONE always, phone numbers inside TEXT, the rest as typed', () => {
    expect(shownAnswer({ question: '联系方式', type: 'PHONE', value: '13812341234' }, false)).toBe('138****1234')
    expect(shownAnswer({ question: '联系方式', type: 'PHONE', value: '13812341234' }, true)).toBe('13812341234')
    expect(shownAnswer({ question: '备注', type: 'TEXT', value: '找王姐 13812341234 或 0353-2345678' }, false)).toBe('找王姐 138****1234 或 035****5678')
    expect(shownAnswer({ question: '孩子年龄', type: 'NUMBER', value: '8' }, false)).toBe('8')
    expect(maskPhonesIn('订单号 2013812341234567')).toBe('订单号 2013812341234567')
  })
  it('types the questions of before by their wording, once, in the migration', () => {
    expect(['联系电话', '手机号', '联系方式', '姓名', '联系人姓名', '孩子年龄', '年龄段', '备注'].map(typeByWording))
      .toEqual(['PHONE', 'PHONE', 'PHONE', 'NAME', 'NAME', 'NUMBER', 'TEXT', 'TEXT'])
  })
})

describe('share links', () => {
  const at = (minutesAgo: number) => new Date(Date.UTC(2026, 11, 1, 12) - minutesAgo * 60_000).toISOString()
  const now = Date.UTC(2026, 11, 1, 12)
  it('reuses a generated link for a day, a failure for ten minutes, "not configured" while WeChat is not', () => {
    expect(reusableLink(undefined, now, true)).toBeNull()
    expect(reusableLink({ status: 'GENERATED', url: 'https://wxaurl.cn/x', created_at: at(23 * 60) }, now, true)).toEqual({ url: 'https://wxaurl.cn/x' })
    expect(reusableLink({ status: 'GENERATED', url: 'https://wxaurl.cn/x', created_at: at(25 * 60) }, now, true)).toBeNull()
    expect(reusableLink({ status: 'FAILED', url: null, created_at: at(9) }, now, true)).toEqual({ url: null })
    expect(reusableLink({ status: 'FAILED', url: null, created_at: at(11) }, now, true)).toBeNull()
    expect(reusableLink({ status: 'RECORDED', url: null, created_at: at(60 * 24 * 90) }, now, false)).toEqual({ url: null })
    expect(reusableLink({ status: 'RECORDED', url: null, created_at: at(1) }, now, true)).toBeNull() // WeChat configured since: try it
  })
})
