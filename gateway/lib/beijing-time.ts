// Times a person reads from the gateway (exports, files) are Beijing time on a fixed +08:00 offset
// (China has no daylight saving), the same rule as the app's dates modules.

const pad = (n: number) => String(n).padStart(2, '0')

/** '2026-12-01T14:30:00.000Z' → '2026-12-01 22:30'; '' for a missing or unreadable time. */
export function beijingMinute(iso: string | null | undefined): string {
  const ms = iso ? Date.parse(iso) : Number.NaN
  if (!Number.isFinite(ms)) return ''
  const d = new Date(ms + 8 * 3_600_000)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}
