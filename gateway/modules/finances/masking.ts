// Private persons named as counterparties are shown to residents as their surname and a star
// (张三 → 张*); organisations (the steward company, a supplier) are shown as written.

export function maskPersonName(name: string): string {
  const chars = [...name.trim()]
  if (!chars.length) return '*'
  return `${chars[0]}*`
}
