import { describe, expect, it } from 'vitest'
import { formatFen, yuanToFen } from '@/features/finances/money'
import { isFuture, lastCompleteMonth, monthLabel, stepPeriod, switchKind } from '@/features/finances/periods'

// The finances subpackage's pure helpers: fen shown as yuan by string arithmetic (exact past 2^53),
// yuan typed by the committee turned into fen, and periods stepped and switched.

describe('money', () => {
  it('writes fen as yuan exactly, whatever the size', () => {
    expect(formatFen('0')).toBe('0.00')
    expect(formatFen('5')).toBe('0.05')
    expect(formatFen('1234567')).toBe('12,345.67')
    expect(formatFen('-88800')).toBe('-888.00')
    expect(formatFen('123456789012345678')).toBe('1,234,567,890,123,456.78') // past 2^53: no float involved
  })
  it('reads yuan into fen, refusing what is not a positive amount with at most two decimals', () => {
    expect(yuanToFen('18,600')).toBe('1860000')
    expect(yuanToFen('0.5')).toBe('50')
    expect(yuanToFen('12.34元')).toBe('1234')
    expect(yuanToFen('0')).toBeNull()
    expect(yuanToFen('1.234')).toBeNull()
    expect(yuanToFen('-5')).toBeNull()
    expect(yuanToFen('abc')).toBeNull()
  })
})

describe('periods', () => {
  it('defaults to the last complete month in Beijing', () => {
    expect(lastCompleteMonth('2026-12-02')).toBe('2026-11')
    expect(lastCompleteMonth('2026-01-15')).toBe('2025-12')
  })
  it('steps months and quarters across years and switches between them', () => {
    expect(stepPeriod('2026-01', -1)).toBe('2025-12')
    expect(stepPeriod('2025-12', 1)).toBe('2026-01')
    expect(stepPeriod('2026-Q1', -1)).toBe('2025-Q4')
    expect(stepPeriod('2025-Q4', 1)).toBe('2026-Q1')
    expect(switchKind('2026-11')).toBe('2026-Q4')
    expect(switchKind('2026-Q4')).toBe('2026-12')
    expect(monthLabel('2026-03')).toBe('3月')
  })
  it('knows a period wholly after today', () => {
    expect(isFuture('2026-12', '2026-12-02')).toBe(false)
    expect(isFuture('2027-01', '2026-12-02')).toBe(true)
    expect(isFuture('2026-Q4', '2026-12-02')).toBe(false)
    expect(isFuture('2027-Q1', '2026-12-02')).toBe(true)
  })
})
