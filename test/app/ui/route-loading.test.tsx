import Taro from '@tarojs/taro'
import { act, cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ElderModeProvider } from '@/ui'
import type { ElderModePlatform } from '@/ui/elder-mode'
import { ROUTE_LOADING_DELAY_MS, RouteLoading } from '@/ui/RouteLoading'

// The H5 router's events drive the loading skeleton (Chromium shows it against a held-back page
// in test/e2e/look-and-feel.test.ts); here, when it appears and goes.

const platform: ElderModePlatform = { fontSizeScaleFactor: () => 1, loadChoice: () => 'off', saveChoice: () => undefined }
const overlay = () => document.querySelector('.linli-route-loading')

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

describe('the route loading skeleton', () => {
  it('appears within 100 ms of a page switch that has not finished, and goes when the page shows', () => {
    vi.useFakeTimers()
    render(<ElderModeProvider platform={platform}><RouteLoading /></ElderModeProvider>)
    expect(ROUTE_LOADING_DELAY_MS).toBeLessThan(100)
    act(() => void Taro.eventCenter.trigger('__taroRouterChange', { toLocation: { path: '/features/notices/pages/list/index' } }))
    expect(overlay()).toBeNull() // a switch that finishes at once never flashes it
    act(() => void vi.advanceTimersByTime(100))
    expect(overlay()).not.toBeNull()
    expect(overlay()!.querySelector('[aria-busy="true"]')).not.toBeNull()
    act(() => void Taro.eventCenter.trigger('__afterTaroRouterChange', { toLocation: { path: '/features/notices/pages/list/index' } }))
    expect(overlay()).toBeNull()
  })

  it('never shows for a switch done before the delay, and gives up on an unknown route', () => {
    vi.useFakeTimers()
    render(<ElderModeProvider platform={platform}><RouteLoading /></ElderModeProvider>)
    act(() => void Taro.eventCenter.trigger('__taroRouterChange', {}))
    act(() => void vi.advanceTimersByTime(ROUTE_LOADING_DELAY_MS - 10))
    act(() => void Taro.eventCenter.trigger('__afterTaroRouterChange', {}))
    act(() => void vi.advanceTimersByTime(500))
    expect(overlay()).toBeNull()
    act(() => void Taro.eventCenter.trigger('__taroRouterChange', {}))
    act(() => void vi.advanceTimersByTime(100))
    expect(overlay()).not.toBeNull()
    act(() => void Taro.eventCenter.trigger('__taroRouterNotFound', {}))
    expect(overlay()).toBeNull()
  })
})
