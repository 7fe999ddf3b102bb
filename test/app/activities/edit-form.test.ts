import Taro from '@tarojs/taro'
import { beforeEach, describe, expect, it } from 'vitest'
import { clearActivityDraft, loadActivityDraft, parseActivityDraft, saveActivityDraft } from '@/features/activities/draft'
import { emptyActivityForm, hasFormErrors, toCreateInput, validateActivityForm, type ActivityForm } from '@/features/activities/edit-form'

const now = new Date('2026-01-01T00:00:00Z')

const mugwort: ActivityForm = {
  ...emptyActivityForm(),
  kind: 'FESTIVAL',
  title: '新春DIY艾草锤子',
  description: '和山西银行一起做艾草锤子，迎新春。',
  venue: '洪城河社区活动室',
  starts: { date: '2026-01-20', time: '14:00' },
  ends: { date: '2026-01-20', time: '16:00' },
  deadline: { date: '2026-01-19', time: '18:00' },
  capacity: '30',
  maxPartySize: '2',
  materials: [{ name: '艾草包', perParticipant: '1', unit: '份' }, { name: '', perParticipant: '', unit: '' }],
  questions: [
    ...emptyActivityForm().questions,
    { text: '年龄段', type: 'CHOICE', options: '老人、成人，儿童、成人' },
    { text: ' ', type: 'TEXT', options: '' },
  ],
  partners: ['山西银行阳泉洪城路社区支行', ' '],
  cover: { id: 'm-cover', preview: 'blob:cover' },
}

beforeEach(() => Taro.clearStorageSync())

describe('发布活动 form', () => {
  it('starts with the usual questions and room for a parent and a child', () => {
    const form = emptyActivityForm()
    expect(form.questions).toEqual([{ text: '姓名', type: 'NAME', options: '' }, { text: '联系电话', type: 'PHONE', options: '' }])
    expect(form.maxPartySize).toBe('2')
  })

  it('says what is missing, in words, by field', () => {
    const errors = validateActivityForm(emptyActivityForm(), { now })
    expect(errors.kind).toBe('请选择活动类型')
    expect(errors.title).toBe('请填写活动名称')
    expect(errors.starts).toBe('请选好日期和时间')
    expect(errors.capacity).toBe('名额请填 1 到 10000 之间的整数')
  })

  it('refuses times out of order and a party bigger than the places', () => {
    const errors = validateActivityForm(
      { ...mugwort, ends: { date: '2026-01-20', time: '13:00' }, deadline: { date: '2026-01-21', time: '09:00' }, capacity: '1', maxPartySize: '2' },
      { now },
    )
    expect(errors.ends).toBe('结束时间要晚于开始时间')
    expect(errors.deadline).toBe('报名截止时间不能晚于开始时间')
    expect(errors.maxPartySize).toBe('每次报名人数不能超过名额')
  })

  it('refuses a new activity in the past but lets staff edit one that has begun', () => {
    const started = { ...mugwort, starts: { date: '2025-12-01', time: '14:00' }, ends: { date: '2025-12-01', time: '16:00' }, deadline: { date: '2025-11-30', time: '18:00' } }
    expect(validateActivityForm(started, { now }).starts).toBe('开始时间已经过去了')
    expect(hasFormErrors(validateActivityForm(started, { now, isNew: false }))).toBe(false)
  })

  it('becomes the gateway input: Beijing times as instants, blank lines dropped', () => {
    expect(hasFormErrors(validateActivityForm(mugwort, { now }))).toBe(false)
    expect(toCreateInput(mugwort, 'c-hongchenghe')).toEqual({
      communityId: 'c-hongchenghe',
      kind: 'FESTIVAL',
      title: '新春DIY艾草锤子',
      description: '和山西银行一起做艾草锤子，迎新春。',
      venue: '洪城河社区活动室',
      startsAt: '2026-01-20T06:00:00.000Z',
      endsAt: '2026-01-20T08:00:00.000Z',
      signUpDeadline: '2026-01-19T10:00:00.000Z',
      capacity: 30,
      maxPartySize: 2,
      eligibility: 'RESIDENTS',
      waitlist: true,
      needsApproval: false,
      questions: [{ text: '姓名', type: 'NAME' }, { text: '联系电话', type: 'PHONE' }, { text: '年龄段', type: 'CHOICE', options: ['老人', '成人', '儿童'] }],
      partners: ['山西银行阳泉洪城路社区支行'],
      materials: [{ name: '艾草包', perParticipant: 1, unit: '份' }],
      coverId: 'm-cover',
    })
  })

  it('lets staff choose what each question asks for, and a 选一项 needs two options', () => {
    const oneOption = { ...mugwort, questions: [{ text: '年龄段', type: 'CHOICE' as const, options: '老人' }] }
    expect(validateActivityForm(oneOption, { now }).questions).toBe('“选一项”的问题请至少填写 2 个选项')
    const twice = { ...mugwort, questions: [{ text: '电话', type: 'PHONE' as const, options: '' }, { text: '电话', type: 'TEXT' as const, options: '' }] }
    expect(validateActivityForm(twice, { now }).questions).toBe('有两个相同的问题，请删去一个')
  })

  it('is kept as a draft per activity and survives leaving the page', () => {
    saveActivityDraft(null, mugwort)
    saveActivityDraft('a-1', { ...mugwort, title: '改过的' })
    expect(loadActivityDraft(null)).toEqual(mugwort)
    expect(loadActivityDraft('a-1')?.title).toBe('改过的')
    clearActivityDraft(null)
    expect(loadActivityDraft(null)).toBeNull()
    expect(parseActivityDraft({ title: 'an older shape' })).toBeNull()
    expect(parseActivityDraft({ ...mugwort, questions: ['姓名'] })).toBeNull() // kept before questions had types
  })
})
