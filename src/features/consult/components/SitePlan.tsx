import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useRef } from 'react'
import { t } from '../i18n'
import { px, tapLabel, useTokens } from '@/ui'
import { markerPosition, pinFromTap, tapPointOf, type Pin, type Rect } from '../pins'

export interface SitePlanMarker {
  key: string
  /** A, B, C… */
  letter: string
  pin: Pin
  /** Words beside the marker, e.g. "12 票" after voting. */
  caption?: string
  /** Drawn heavier (the option being placed, a winning option) — the caption says why in words. */
  emphasis?: boolean
}

let nextPlanId = 0

function measure(selector: string): Promise<Rect | null> {
  return new Promise((resolve) => {
    try {
      Taro.createSelectorQuery()
        .select(selector)
        .boundingClientRect((rect) => {
          const r = Array.isArray(rect) ? rect[0] : rect
          resolve(r && typeof r.width === 'number' ? { left: r.left, top: r.top, width: r.width, height: r.height } : null)
        })
        .exec()
    } catch {
      resolve(null)
    }
  })
}

/**
 * The compound's site plan with lettered markers. With `onPlace`, a tap on the plan reports where
 * it fell as fractions of the drawn image (the wrapper is exactly the image: widthFix).
 */
export function SitePlan(props: { url: string; markers: ReadonlyArray<SitePlanMarker>; onPlace?(pin: Pin): void }) {
  const tokens = useTokens()
  const id = useRef(`linli-site-plan-${++nextPlanId}`).current
  // In elder mode a pin is as big as a tap target, so a finger does not hide it and its letter reads at 18 px.
  const size = tokens.mode === 'elder' ? tokens.tapTarget : 26

  const tap = (event: unknown) => {
    const onPlace = props.onPlace
    if (!onPlace) return
    const point = tapPointOf(event)
    if (!point) return
    // In the browser the element is at hand: measure it at once, in the same (viewport) terms as
    // the click. In the mini-program only a selector query can measure it.
    const element = typeof document !== 'undefined' ? document.getElementById(id) : null
    if (element) {
      const r = element.getBoundingClientRect()
      const pin = pinFromTap(point, { left: r.left, top: r.top, width: r.width, height: r.height })
      if (pin) onPlace(pin)
      return
    }
    void measure(`#${id}`).then((rect) => {
      const pin = rect ? pinFromTap(point, rect) : null
      if (pin) onPlace(pin)
    })
  }

  return (
    <View
      id={id}
      className="site-plan"
      onClick={tap}
      {...tapLabel(props.onPlace ? t('consult.plan.tapLabel') : t('consult.plan.label'), props.onPlace ? 'button' : 'img')}
      style={{ position: 'relative', width: '100%', marginBottom: px(tokens.space.sm), border: `1px solid ${tokens.color.border}`, boxSizing: 'border-box', lineHeight: 0 }}
    >
      <Image src={props.url} mode="widthFix" style={{ display: 'block', width: '100%' }} aria-label={t('consult.plan.label')} />
      {props.markers.map((marker) => (
        <View
          key={marker.key}
          style={{ position: 'absolute', ...markerPosition(marker.pin), transform: 'translate(-50%, -50%)', display: 'flex', alignItems: 'center', pointerEvents: 'none', lineHeight: tokens.lineHeight }}
        >
          <View
            style={{
              width: px(size),
              height: px(size),
              borderRadius: px(size / 2),
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              backgroundColor: marker.emphasis ? tokens.color.primary : tokens.color.text,
              border: `${marker.emphasis ? 3 : 2}px solid ${tokens.color.surface}`,
              color: tokens.color.onPrimary,
              fontWeight: 'bold',
              fontSize: px(tokens.font.small),
            }}
          >
            <Text>{marker.letter}</Text>
          </View>
          {marker.caption ? (
            <Text style={{ marginLeft: px(4), padding: `0 ${px(4)}`, backgroundColor: tokens.color.surface, color: tokens.color.text, fontSize: px(tokens.font.small), fontWeight: 'bold', whiteSpace: 'nowrap' }}>
              {marker.caption}
            </Text>
          ) : null}
        </View>
      ))}
    </View>
  )
}
