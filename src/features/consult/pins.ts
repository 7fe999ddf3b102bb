// Pins on the compound's site plan are fractions (0..1) of the image's rendered width and height,
// so a point means the same spot whatever size the phone draws the plan at.

export interface Pin {
  x: number
  y: number
}

export interface Rect {
  left: number
  top: number
  width: number
  height: number
}

export interface TapPoint {
  clientX: number
  clientY: number
}

const clamp01 = (value: number): number => (Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0)

/** Rounded to 4 places (0.1 mm on a 1 m plan): enough, and keeps stored drafts short. */
const round4 = (value: number): number => Math.round(value * 10_000) / 10_000

/** Where a tap fell on the plan, as fractions of its rect, clamped to 0..1; null for an empty rect. */
export function pinFromTap(tap: TapPoint, rect: Rect): Pin | null {
  if (!(rect.width > 0) || !(rect.height > 0)) return null
  return { x: round4(clamp01((tap.clientX - rect.left) / rect.width)), y: round4(clamp01((tap.clientY - rect.top) / rect.height)) }
}

/** A marker's CSS position inside the plan's wrapper: `left`/`top` as percentages. */
export function markerPosition(pin: Pin): { left: string; top: string } {
  return { left: `${round4(clamp01(pin.x) * 100)}%`, top: `${round4(clamp01(pin.y) * 100)}%` }
}

/** An option's pin, when it has both coordinates. */
export function pinOf(option: { pinX?: number | null; pinY?: number | null }): Pin | null {
  return typeof option.pinX === 'number' && typeof option.pinY === 'number' ? { x: option.pinX, y: option.pinY } : null
}

interface TouchLike {
  clientX?: unknown
  clientY?: unknown
}

const touchPoint = (touches: unknown): TapPoint | null => {
  if (!Array.isArray(touches) && !(touches && typeof touches === 'object' && 'length' in touches)) return null
  const first = (touches as ArrayLike<TouchLike>)[0]
  return first && typeof first.clientX === 'number' && typeof first.clientY === 'number' ? { clientX: first.clientX, clientY: first.clientY } : null
}

/**
 * The viewport point of a tap: WeChat's tap event carries it in changedTouches; a browser click
 * has clientX/clientY on the event (or its nativeEvent).
 */
export function tapPointOf(event: unknown): TapPoint | null {
  if (!event || typeof event !== 'object') return null
  const e = event as Record<string, unknown>
  const fromTouches = touchPoint(e.changedTouches) ?? touchPoint(e.touches)
  if (fromTouches) return fromTouches
  if (typeof e.clientX === 'number' && typeof e.clientY === 'number') return { clientX: e.clientX, clientY: e.clientY }
  const native = e.nativeEvent
  if (native && typeof native === 'object') {
    const n = native as Record<string, unknown>
    if (typeof n.clientX === 'number' && typeof n.clientY === 'number') return { clientX: n.clientX, clientY: n.clientY }
  }
  return null
}
