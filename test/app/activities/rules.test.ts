import Taro from '@tarojs/taro'
import { beforeEach, describe, expect, it } from 'vitest'
import { answerError, answerErrors, answersFromRegistration, answersToForm, formToAnswers, loadRememberedAnswers, rememberAnswers } from '@/features/activities/answers'
import { checkInQrPayload, normaliseCheckInCode } from '@/features/activities/check-in-code'
import { formatSpan, fromPickerMoment, toPickerMoment } from '@/lib/beijing-time'
import { clampPartySize, partyFits, partySizeBounds, placesLeftText } from '@/features/activities/places'
import { qrCellSize, qrModules } from '@/features/activities/qr'
import { deadlineText, isCancellable, registrationStatusText, sceneLabel } from '@/features/activities/vocabulary'

beforeEach(() => Taro.clearStorageSync())

describe('a registration in words', () => {
  it('names every status, the waitlist with its place in the queue', () => {
    expect(registrationStatusText({ status: 'PENDING' })).toBe('待审核')
    expect(registrationStatusText({ status: 'CONFIRMED' })).toBe('已报名')
    expect(registrationStatusText({ status: 'WAITLISTED', waitlistPosition: 3 })).toBe('候补第 3 位')
    expect(registrationStatusText({ status: 'DECLINED' })).toBe('未通过')
    expect(registrationStatusText({ status: 'CANCELLED' })).toBe('已取消')
    expect(registrationStatusText({ status: 'ATTENDED' })).toBe('已签到')
  })

  it('still says 候补 when the gateway gives no position', () => {
    expect(registrationStatusText({ status: 'WAITLISTED', waitlistPosition: null })).toBe('候补中')
  })

  it('lets the resident cancel only what still holds or waits for a place', () => {
    expect(['PENDING', 'CONFIRMED', 'WAITLISTED'].every((s) => isCancellable(s as 'PENDING'))).toBe(true)
    expect(isCancellable('ATTENDED')).toBe(false)
    expect(isCancellable('CANCELLED')).toBe(false)
  })

  it('groups WeChat scenes the way an organiser reads them', () => {
    expect(sceneLabel(1008)).toBe('群聊分享')
    expect(sceneLabel(1011)).toBe('扫码进入')
    expect(sceneLabel(null)).toBe('未记录（网页或代报名）')
    expect(sceneLabel(1234)).toBe('其他（场景值 1234）')
  })
})

describe('places left', () => {
  const base = { status: 'PUBLISHED' as const, seatsLeft: 5, waitlist: true, waitlistCount: 0 }
  it('counts what is left, then offers the waitlist, then says full', () => {
    expect(placesLeftText(base)).toBe('剩余 5 个名额')
    expect(placesLeftText({ ...base, seatsLeft: 0 })).toBe('已满，可候补')
    expect(placesLeftText({ ...base, seatsLeft: 0, waitlistCount: 4 })).toBe('已满，可候补（已有 4 人候补）')
    expect(placesLeftText({ ...base, seatsLeft: 0, waitlist: false })).toBe('已满')
    expect(placesLeftText({ ...base, status: 'CANCELLED' })).toBe('活动已取消')
  })

  it('a party fits only in the seats left', () => {
    expect(partyFits(2, 2)).toBe(true)
    expect(partyFits(1, 2)).toBe(false)
  })
})

describe('party size', () => {
  it('runs from 1 to the activity limit', () => {
    expect(partySizeBounds(3)).toEqual({ min: 1, max: 3 })
    expect(partySizeBounds(0)).toEqual({ min: 1, max: 1 })
    expect(clampPartySize(5, 2)).toBe(2)
    expect(clampPartySize(0, 2)).toBe(1)
    expect(clampPartySize(Number.NaN, 2)).toBe(1)
    expect(clampPartySize(2, 2)).toBe(2)
  })
})

describe("the organiser's questions", () => {
  const NAME = { text: '姓名', type: 'NAME', options: [] } as const
  const PHONE = { text: '联系方式', type: 'PHONE', options: [] } as const
  const AGE = { text: '年龄段', type: 'CHOICE', options: ['60岁以上', '成人'] } as const
  const questions = [NAME, PHONE, AGE]

  it('become fields filled from what was remembered, and back into answers in order, trimmed', () => {
    const form = answersToForm(questions, { 姓名: '常宝娥', 年龄段: '不是选项', 其他: '不问的不留' })
    expect(form).toEqual({ 姓名: '常宝娥', 联系方式: '', 年龄段: '' })
    expect(formToAnswers(questions, { ...form, 联系方式: ' 13800001111 ', 年龄段: '60岁以上' })).toEqual([
      { question: '姓名', value: '常宝娥' },
      { question: '联系方式', value: '13800001111' },
      { question: '年龄段', value: '60岁以上' },
    ])
  })

  it('round-trips through a registration', () => {
    const answers = [{ question: '姓名', value: '常宝娥' }]
    expect(formToAnswers([NAME], answersFromRegistration(answers))).toEqual(answers)
  })

  it('are all required, and each is checked by its type, not its wording', () => {
    expect(answerError(NAME, ' ')).toBe('请填写姓名')
    expect(answerError(PHONE, '12345')).toBe('请填写 11 位手机号码')
    expect(answerError(PHONE, '138 0000 1111')).toBeNull()
    expect(answerError({ text: '联系电话', type: 'TEXT', options: [] }, '打我办公室')).toBeNull()
    expect(answerError({ text: '同行人数', type: 'NUMBER', options: [] }, '两')).toBe('请填写数字')
    expect(answerError(AGE, '儿童')).toBe('请选择一项')
    expect(answerErrors(questions, { 姓名: '常宝娥', 联系方式: '13800001111', 年龄段: '' })).toEqual({ 年龄段: '请填写年龄段' })
  })

  it('are remembered between visits, merged over earlier ones', () => {
    rememberAnswers({ 姓名: '常宝娥', 联系电话: '13800001111' })
    rememberAnswers({ 联系电话: '13900002222' })
    expect(loadRememberedAnswers()).toEqual({ 姓名: '常宝娥', 联系电话: '13900002222' })
  })
})

describe('check-in codes', () => {
  it('come down to the stored form however they were typed or scanned', () => {
    expect(normaliseCheckInCode(' abcd-2345 ')).toBe('ABCD2345')
    expect(normaliseCheckInCode('ＡＢＣＤ　２３４５')).toBe('ABCD2345')
    expect(normaliseCheckInCode('https://linli.example/c?code=abcd2345&x=1')).toBe('ABCD2345')
    expect(normaliseCheckInCode('  ')).toBe('')
  })

  it('are what the QR code holds, and it encodes as a square', () => {
    expect(checkInQrPayload('abcd2345')).toBe('ABCD2345')
    const modules = qrModules('ABCD2345')
    expect(modules.length).toBe(21)
    expect(modules.every((row) => row.length === 21)).toBe(true)
    // The finder pattern's corner is dark.
    expect(modules[0]?.[0]).toBe(true)
    expect(qrCellSize(21, 180)).toBe(6)
  })
})

describe('times in Beijing', () => {
  it('shows one day as a span, and the deadline until it passes', () => {
    expect(formatSpan('2026-01-05T06:00:00Z', '2026-01-05T08:00:00Z')).toBe('1月5日 周一 14:00–16:00')
    expect(deadlineText('2026-01-04T10:00:00Z', new Date('2026-01-01T00:00:00Z'))).toBe('1月4日 周日 18:00 前')
    expect(deadlineText('2026-01-04T10:00:00Z', new Date('2026-01-05T00:00:00Z'))).toBe('报名已截止')
  })

  it('turns the pickers’ date and time into an instant and back', () => {
    expect(fromPickerMoment({ date: '2026-01-05', time: '14:00' })).toBe('2026-01-05T06:00:00.000Z')
    expect(toPickerMoment('2026-01-05T06:00:00.000Z')).toEqual({ date: '2026-01-05', time: '14:00' })
    expect(fromPickerMoment({ date: '2026-01-05', time: '' })).toBeNull()
  })
})
