import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useRef, useState } from 'react'
import { t } from '../i18n'
import { useTokens } from './elder-mode'
import { Skeleton } from './Skeleton'
import { px } from './tokens'

/** A switch that ends sooner than this shows nothing (no flash); a slower one shows the skeleton, within 100 ms. */
export const ROUTE_LOADING_DELAY_MS = 60
/** Never cover the app for longer than this, whatever the router says (a lost event). */
const GIVE_UP_MS = 10_000

/**
 * H5 only: while the router fetches the next page's code (a second or more on a slow network), a
 * skeleton covers the old page at once, so a tap visibly did something. The mini-program loads
 * its pages itself and shows WeChat's own loading.
 */
export function RouteLoading() {
  const tokens = useTokens()
  const [shown, setShown] = useState(false)
  const timers = useRef<{ show?: ReturnType<typeof setTimeout>; giveUp?: ReturnType<typeof setTimeout> }>({})
  useEffect(() => {
    const clear = () => {
      clearTimeout(timers.current.show)
      clearTimeout(timers.current.giveUp)
    }
    const start = (change?: { toLocation?: { path?: string } }) => {
      clear()
      // The router does nothing more (no page shown, no event) when the route is the page already open.
      const bare = (path: string | undefined) => path?.split('?')[0]?.replace(/^\//, '')
      const to = bare(change?.toLocation?.path)
      if (to && to === bare(Taro.getCurrentInstance().router?.path)) return
      timers.current.show = setTimeout(() => setShown(true), ROUTE_LOADING_DELAY_MS)
      timers.current.giveUp = setTimeout(() => setShown(false), GIVE_UP_MS)
    }
    const done = () => {
      clear()
      setShown(false)
    }
    Taro.eventCenter.on('__taroRouterChange', start)
    Taro.eventCenter.on('__afterTaroRouterChange', done)
    Taro.eventCenter.on('__taroRouterNotFound', done)
    return () => {
      clear()
      Taro.eventCenter.off('__taroRouterChange', start)
      Taro.eventCenter.off('__afterTaroRouterChange', done)
      Taro.eventCenter.off('__taroRouterNotFound', done)
    }
  }, [])
  if (!shown) return null
  return (
    <View
      className="linli-route-loading"
      aria-live="polite"
      style={{ position: 'fixed', top: 0, left: 0, right: 0, bottom: 0, zIndex: 2000, padding: px(tokens.space.lg), backgroundColor: tokens.color.background }}
    >
      <View style={{ position: 'absolute', top: 0, left: 0, height: px(3), width: '40%', backgroundColor: tokens.color.primary }} className="linli-route-progress" />
      <View style={{ height: px(tokens.tapTarget), marginBottom: px(tokens.space.lg) }} aria-label={t('common.loading')} />
      <Skeleton rows={3} />
    </View>
  )
}
