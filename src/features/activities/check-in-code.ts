// Check-in codes as staff type or scan them. Older hands type full-width characters, spaces and
// dashes; a scanner may read a link that carries the code. All of it comes down to the code.

const FULL_WIDTH_OFFSET = 0xfee0

/** Full-width letters and digits (ＡＢ１２) as their ordinary forms. */
function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_OFFSET)).replace(/\u3000/g, ' ')
}

/** The code from typed or scanned text: `ab 12-cd` → `AB12CD`; `…?code=ab12cd` → `AB12CD`; '' when nothing usable is left. */
export function normaliseCheckInCode(raw: string): string {
  let text = toHalfWidth(raw).trim()
  const fromLink = /[?&]code=([^&#\s]+)/i.exec(text)
  if (fromLink?.[1]) text = decodeURIComponent(fromLink[1])
  return text.replace(/[\s\-_.·]/g, '').replace(/[^0-9a-z]/gi, '').toUpperCase()
}

/** What the QR code of a registration holds: just the code, so any scanner reads it back. */
export function checkInQrPayload(code: string): string {
  return normaliseCheckInCode(code)
}
