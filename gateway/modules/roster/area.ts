// Exclusive area (专有部分面积) as an integer number of hundredths of a square metre: parsed from
// text exactly, never through a float, so the 2/3 and 3/4 lines compare by cross-multiplication.

export type AreaParse = { ok: true; centi: number } | { ok: false; problem: 'MISSING_AREA' | 'BAD_AREA' | 'AREA_NOT_POSITIVE' }

/** "89.5", "89.50㎡", "1,089.05 m²", "-3" → hundredths of m², or what is wrong with it. */
export function parseAreaCenti(text: string | null | undefined): AreaParse {
  const cleaned = (text ?? '').replace(/[,,\s]/g, '').replace(/(㎡|m²|m2|平方米|平米)$/i, '')
  if (!cleaned) return { ok: false, problem: 'MISSING_AREA' }
  const match = /^([+-]?)(\d+)(?:\.(\d{1,2}))?$/.exec(cleaned)
  if (!match) return { ok: false, problem: 'BAD_AREA' }
  const [, sign, whole, fraction = ''] = match
  const centi = Number(whole) * 100 + Number(fraction.padEnd(2, '0'))
  if (sign === '-' || centi <= 0) return { ok: false, problem: 'AREA_NOT_POSITIVE' }
  if (!Number.isSafeInteger(centi) || centi > 100_000_00) return { ok: false, problem: 'BAD_AREA' }
  return { ok: true, centi }
}

/** 8950 → "89.50" (for screens and notices; the number itself stays an integer). */
export function formatAreaCenti(centi: number): string {
  return `${Math.floor(centi / 100)}.${String(centi % 100).padStart(2, '0')}`
}
