import { beijingClock, formatSheet } from '../../src/lib/beijing-time'

// The gateway's way into the one Beijing time module (src/lib/beijing-time.ts, shared with the app):
// exports and files show the sheet format.

/** '2026-12-01T14:30:00.000Z' → '2026-12-01 22:30'; '' for a missing or unreadable time. */
export function beijingMinute(iso: string | null | undefined): string {
  return iso && beijingClock(iso) ? formatSheet(iso) : ''
}
