import { describe, expect, it } from 'vitest'
import { markerPosition, pinFromTap, pinOf, tapPointOf } from '@/features/consult/pins'

const rect = { left: 20, top: 100, width: 400, height: 200 }

describe('pins on the site plan', () => {
  it('turns a tap into fractions of the drawn image', () => {
    expect(pinFromTap({ clientX: 220, clientY: 150 }, rect)).toEqual({ x: 0.5, y: 0.25 })
    expect(pinFromTap({ clientX: 348, clientY: 280 }, rect)).toEqual({ x: 0.82, y: 0.9 })
  })

  it('clamps taps on the edge or just outside to 0..1', () => {
    expect(pinFromTap({ clientX: 10, clientY: 90 }, rect)).toEqual({ x: 0, y: 0 })
    expect(pinFromTap({ clientX: 500, clientY: 400 }, rect)).toEqual({ x: 1, y: 1 })
  })

  it('gives nothing for an image not drawn yet', () => {
    expect(pinFromTap({ clientX: 10, clientY: 10 }, { left: 0, top: 0, width: 0, height: 0 })).toBeNull()
  })

  it('places a marker at the pin as percentages, clamped', () => {
    expect(markerPosition({ x: 0.82, y: 0.4 })).toEqual({ left: '82%', top: '40%' })
    expect(markerPosition({ x: 1.3, y: -0.2 })).toEqual({ left: '100%', top: '0%' })
  })

  it('reads the tap point from WeChat touches or a browser click', () => {
    expect(tapPointOf({ type: 'tap', detail: { x: 1, y: 2 }, changedTouches: [{ clientX: 30, clientY: 40 }] })).toEqual({ clientX: 30, clientY: 40 })
    expect(tapPointOf({ clientX: 5, clientY: 6 })).toEqual({ clientX: 5, clientY: 6 })
    expect(tapPointOf({ nativeEvent: { clientX: 7, clientY: 8 } })).toEqual({ clientX: 7, clientY: 8 })
    expect(tapPointOf({})).toBeNull()
  })

  it('knows an option has a pin only with both coordinates', () => {
    expect(pinOf({ pinX: 0.3, pinY: 0.7 })).toEqual({ x: 0.3, y: 0.7 })
    expect(pinOf({ pinX: 0.3, pinY: null })).toBeNull()
  })
})
