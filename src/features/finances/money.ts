// Fen as the gateway sends it (a decimal string) shown as yuan, by string arithmetic only: no
// float and no BigInt (older WeChat engines lack it) ever touches an amount.

/** "1234567" → "12,345.67"; "-88800" → "-888.00". */
export function formatFen(fen: string): string {
  const negative = fen.startsWith('-')
  const digits = (negative ? fen.slice(1) : fen).replace(/^0+(?=\d)/, '').padStart(3, '0')
  const whole = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${negative ? '-' : ''}${whole}.${digits.slice(-2)}`
}

/** What a bar's length is drawn from (only its proportion to the longest bar matters). */
export const barValue = (fen: string): number => Math.max(0, Number(fen))

/** Yuan typed by the committee ("1,234.5") → fen as a decimal string; null when not a positive amount with at most two decimals. */
export function yuanToFen(text: string): string | null {
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text.replace(/[,,\s元¥]/g, ''))
  if (!m) return null
  const fen = `${m[1]}${(m[2] ?? '').padEnd(2, '0')}`.replace(/^0+(?=\d)/, '')
  return fen === '0' ? null : fen
}
