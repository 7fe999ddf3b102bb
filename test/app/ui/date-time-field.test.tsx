import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { pickerFallbacks } from '@/features/activities/edit-form'
import { ElderModeProvider } from '@/ui'
import { DateTimeField } from '@/ui/DateTimeField'
import { dateTimeWheel, pickedMoment } from '@/ui/date-time-wheel'

const platform = { fontSizeScaleFactor: () => 1, loadChoice: () => 'off' as const, saveChoice: () => undefined }
const now = new Date('2026-12-01T12:29:00Z') // 20:29 in Beijing

afterEach(cleanup)

describe('one date-time picker', () => {
  it('opens on the fallback, a year of days from today in Beijing, with hours and 5-minute steps', () => {
    const wheel = dateTimeWheel({ date: '', time: '' }, { date: '2026-12-08', time: '14:00' }, now)
    expect(wheel.dates[0]).toBe('2026-12-01')
    expect(wheel.range[0][0]).toBe('12月1日 周二')
    expect(wheel.range[0]).toHaveLength(366)
    expect(wheel.range[1]).toHaveLength(24)
    expect(wheel.minutes).toEqual(['00', '05', '10', '15', '20', '25', '30', '35', '40', '45', '50', '55'])
    expect(wheel.index).toEqual([7, 14, 0])
    expect(pickedMoment(wheel, [7, 14, 6])).toEqual({ date: '2026-12-08', time: '14:30' })
  })

  it('keeps a chosen time off the 5-minute grid and a day already past, for an activity being edited', () => {
    const wheel = dateTimeWheel({ date: '2026-11-20', time: '09:29' }, { date: '2026-12-08', time: '14:00' }, now)
    expect(wheel.dates[0]).toBe('2026-11-20')
    expect(wheel.minutes).toContain('29')
    expect(pickedMoment(wheel, wheel.index)).toEqual({ date: '2026-11-20', time: '09:29' })
  })

  it('starts a new activity a week ahead at 14:00, ending two hours later, sign-up closing the evening before', () => {
    expect(pickerFallbacks({ starts: { date: '', time: '' } }, now)).toEqual({
      starts: { date: '2026-12-08', time: '14:00' },
      ends: { date: '2026-12-08', time: '16:00' },
      deadline: { date: '2026-12-07', time: '18:00' },
    })
    expect(pickerFallbacks({ starts: { date: '2026-12-20', time: '09:00' } }, now).deadline).toEqual({ date: '2026-12-19', time: '18:00' })
  })

  it('says what to do until a time is chosen, then the time in words', () => {
    const { rerender } = render(
      <ElderModeProvider platform={platform}>
        <DateTimeField label="开始时间" value={{ date: '', time: '' }} fallback={{ date: '2026-12-08', time: '14:00' }} onChange={() => undefined} />
      </ElderModeProvider>,
    )
    expect(screen.getByText('点此选择日期和时间')).toBeTruthy()
    rerender(
      <ElderModeProvider platform={platform}>
        <DateTimeField label="开始时间" value={{ date: '2026-12-08', time: '14:30' }} fallback={{ date: '2026-12-08', time: '14:00' }} onChange={() => undefined} />
      </ElderModeProvider>,
    )
    expect(screen.getByText('2026年12月8日 14:30')).toBeTruthy()
  })
})
