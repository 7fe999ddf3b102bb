import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  beijingClock,
  defaultPickerMoment,
  endOfBeijingDay,
  formatDate,
  formatDay,
  formatFull,
  formatMoment,
  formatSheet,
  formatSpan,
  formatWeekdayMoment,
  fromPickerMoment,
  toPickerDate,
  toPickerMoment,
  todayInBeijing,
} from '@/lib/beijing-time'

const MODULE = path.resolve('src/lib/beijing-time.ts') // vitest runs from the repository root

describe('the Beijing time module', () => {
  it('names one format each', () => {
    const at = '2026-12-01T12:29:00.000Z'
    expect(formatDate(at)).toBe('2026年12月1日')
    expect(formatDay(at)).toBe('12月1日')
    expect(formatMoment(at)).toBe('12月1日 20:29')
    expect(formatFull(at)).toBe('2026年12月1日 20:29')
    expect(formatWeekdayMoment(at)).toBe('12月1日 周二 20:29')
    expect(formatSheet(at)).toBe('2026-12-01 20:29')
  })

  it('turns the day at 16:00Z: that is midnight of the next day in Beijing', () => {
    expect(formatFull('2026-12-31T15:59:00Z')).toBe('2026年12月31日 23:59')
    expect(formatFull('2026-12-31T16:00:00Z')).toBe('2027年1月1日 00:00')
    expect(beijingClock('2026-02-28T16:00:00Z')).toMatchObject({ month: 3, day: 1, hour: 0, weekday: 0 })
    expect(formatWeekdayMoment(new Date('2026-12-06T16:00:00Z'))).toBe('12月7日 周一 00:00')
    expect(todayInBeijing(new Date('2026-12-01T16:30:00Z'))).toBe('2026-12-02')
  })

  it('writes a span crossing Beijing midnight in full, one within a day as from–to', () => {
    expect(formatSpan('2026-01-05T06:00:00Z', '2026-01-05T08:00:00Z')).toBe('1月5日 周一 14:00–16:00')
    expect(formatSpan('2026-01-05T15:00:00Z', '2026-01-05T17:00:00Z')).toBe('1月5日 周一 23:00 – 1月6日 周二 01:00')
  })

  it('reads pickers as Beijing time and refuses days that do not exist', () => {
    expect(fromPickerMoment({ date: '2027-01-01', time: '00:00' })).toBe('2026-12-31T16:00:00.000Z')
    expect(toPickerMoment('2026-12-31T16:00:00.000Z')).toEqual({ date: '2027-01-01', time: '00:00' })
    expect(fromPickerMoment({ date: '2026-02-30', time: '10:00' })).toBeNull()
    expect(fromPickerMoment({ date: '2026-01-05', time: '24:00' })).toBeNull()
    expect(fromPickerMoment({ date: '', time: '10:00' })).toBeNull()
    expect(endOfBeijingDay('2026-12-01')).toBe('2026-12-01T15:59:59.000Z')
    expect(toPickerDate('2026-12-01T15:59:59.000Z')).toBe('2026-12-01')
  })

  it('starts a picker days ahead at a round hour, never 1970 and never in the past', () => {
    const now = new Date('2026-12-01T12:29:31Z') // 20:29 in Beijing
    expect(defaultPickerMoment(now, 7, 20)).toEqual({ date: '2026-12-08', time: '20:00' })
    expect(defaultPickerMoment(now, 0)).toEqual({ date: '2026-12-01', time: '21:00' })
    expect(defaultPickerMoment(new Date('2026-12-01T15:10:00Z'), 0)).toEqual({ date: '2026-12-02', time: '00:00' })
  })

  it('shows a value that is not a time as it came, rather than NaN', () => {
    expect(formatFull('not a time')).toBe('not a time')
    expect(beijingClock('')).toBeNull()
  })

  // The server runs in UTC and a phone may be anywhere: the same instant reads the same in a process
  // whose zone is UTC, Los Angeles (with its daylight saving) or Kathmandu (+05:45).
  it.each(['UTC', 'America/Los_Angeles', 'Asia/Kathmandu'])('gives the same words in a process with TZ=%s', (zone) => {
    const script = `import * as m from ${JSON.stringify(MODULE)}
const at = ['2026-12-31T16:00:00Z', '2026-03-08T10:30:00Z', '2026-07-01T03:05:00Z']
console.log(JSON.stringify({ offset: new Date('2026-07-01T00:00:00Z').getTimezoneOffset(), words: at.map((a) => [m.formatFull(a), m.formatWeekdayMoment(a), m.formatSheet(a)]), picked: m.fromPickerMoment({ date: '2026-03-08', time: '02:30' }) }))`
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, TZ: zone }, encoding: 'utf8' })
    const result = JSON.parse(out) as { offset: number; words: string[][]; picked: string }
    expect(result.offset).toBe({ UTC: 0, 'America/Los_Angeles': 420, 'Asia/Kathmandu': -345 }[zone]) // the child really ran in that zone
    expect(result.words).toEqual([
      ['2027年1月1日 00:00', '1月1日 周五 00:00', '2027-01-01 00:00'],
      ['2026年3月8日 18:30', '3月8日 周日 18:30', '2026-03-08 18:30'],
      ['2026年7月1日 11:05', '7月1日 周三 11:05', '2026-07-01 11:05'],
    ])
    // 02:30 on the night Los Angeles skips an hour is an ordinary time in Beijing.
    expect(result.picked).toBe('2026-03-07T18:30:00.000Z')
  })
})
