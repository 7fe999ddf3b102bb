// The gateway's one way of showing a time to a person (notices it writes): Beijing time on a fixed
// +08:00 offset, the same rule as the app's dates.ts files.
const OFFSET_MS = 8 * 3_600_000
const two = (n: number) => String(n).padStart(2, '0')

/** "2026年12月8日 09:30" (Beijing time) from an ISO UTC string. */
export function formatBeijing(iso: string): string {
  const d = new Date(new Date(iso).getTime() + OFFSET_MS)
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`
}
