// Money as integer fen, end to end: BigInt for sums (a year of a large compound passes 2^31 fen,
// and a float never enters), decimal strings on the wire (the Fen scalar) and in the database.

/** A stored or summed amount (number from SQLite, string from PostgreSQL or CAST(... AS TEXT)) as BigInt. */
export function fen(value: string | number | bigint | null | undefined): bigint {
  if (value === null || value === undefined || value === '') return 0n
  if (typeof value === 'bigint') return value
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`amount ${value} is not a safe integer of fen`)
    return BigInt(value)
  }
  return BigInt(value)
}

const FEN_TEXT = /^-?\d{1,17}$/

/** The Fen scalar's input: a decimal string (or a JS integer) of fen; null when malformed. */
export function parseFen(value: unknown): bigint | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? BigInt(value) : null
  if (typeof value === 'string' && FEN_TEXT.test(value)) return BigInt(value)
  return null
}

/** "1234.50" yuan in a spreadsheet cell → fen; null when not a number with at most two decimals. */
export function parseYuan(text: string): bigint | null {
  const v = text.replace(/[,,¥￥\s元]/g, '')
  const m = /^(-?)(\d{1,15})(?:\.(\d{1,2}))?$/.exec(v)
  if (!m) return null
  const value = BigInt(m[2]!) * 100n + BigInt((m[3] ?? '').padEnd(2, '0') || '0') // m[2] always matches
  return m[1] ? -value : value
}

/** 1234567 fen → "12,345.67" (yuan, thousands separated, exact). */
export function formatYuan(amount: bigint): string {
  const negative = amount < 0n
  const abs = negative ? -amount : amount
  const yuan = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${negative ? '-' : ''}${yuan}.${(abs % 100n).toString().padStart(2, '0')}`
}
