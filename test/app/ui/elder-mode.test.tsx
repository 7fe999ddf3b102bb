import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  ELDER_MODE_STORAGE_KEY,
  ElderModeProvider,
  elderModeFromSettings,
  useElderMode,
  type ElderModePlatform,
} from '@/ui/elder-mode'

function Probe() {
  const { elder, chosen, tokens, setElder, followSystem } = useElderMode()
  return (
    <div>
      <span data-testid="state">{`${elder ? 'elder' : 'normal'} ${chosen ? 'chosen' : 'auto'} ${tokens.font.body}`}</span>
      <button onClick={() => setElder(!elder)}>toggle</button>
      <button onClick={followSystem}>follow</button>
    </div>
  )
}

// WeChat's getAppBaseInfo() reports fontSizeScaleFactor; Taro's Result type omits it.
const fontScale = (factor: number) =>
  vi
    .spyOn(Taro, 'getAppBaseInfo')
    .mockReturnValue({ SDKVersion: '3.5.0', language: 'zh_CN', version: '8.0.50', fontSizeScaleFactor: factor } as unknown as ReturnType<typeof Taro.getAppBaseInfo>)

const state = () => screen.getByTestId('state').textContent

beforeEach(() => Taro.clearStorageSync())
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('elderModeFromSettings', () => {
  it.each([
    [null, undefined, false],
    [null, 1, false],
    [null, 1.29, false],
    [null, 1.3, true],
    [null, 1.6, true],
    ['off', 1.6, false],
    ['on', 1, true],
  ] as const)('choice %s, font scale %s → %s', (choice, scale, expected) => {
    expect(elderModeFromSettings(choice, scale)).toBe(expected)
  })
})

describe('ElderModeProvider', () => {
  it('turns itself on when the phone font scale is large (getAppBaseInfo().fontSizeScaleFactor)', () => {
    fontScale(1.4)
    render(<ElderModeProvider><Probe /></ElderModeProvider>)
    expect(state()).toBe('elder auto 20')
  })

  it('stays normal at the default font scale', () => {
    fontScale(1)
    render(<ElderModeProvider><Probe /></ElderModeProvider>)
    expect(state()).toBe('normal auto 15')
  })

  it('keeps the switch in Taro storage across launches', () => {
    const first = render(<ElderModeProvider><Probe /></ElderModeProvider>)
    expect(state()).toBe('normal auto 15')
    act(() => fireEvent.click(screen.getByText('toggle')))
    expect(state()).toBe('elder chosen 20')
    expect(Taro.getStorageSync(ELDER_MODE_STORAGE_KEY)).toBe('on')
    first.unmount()

    // Next launch: a fresh provider reads the stored choice.
    render(<ElderModeProvider><Probe /></ElderModeProvider>)
    expect(state()).toBe('elder chosen 20')
  })

  it('a resident who switched it off keeps it off even with a large font', () => {
    Taro.setStorageSync(ELDER_MODE_STORAGE_KEY, 'off')
    fontScale(2)
    render(<ElderModeProvider><Probe /></ElderModeProvider>)
    expect(state()).toBe('normal chosen 15')
    act(() => fireEvent.click(screen.getByText('follow')))
    expect(state()).toBe('elder auto 20')
    expect(Taro.getStorageSync(ELDER_MODE_STORAGE_KEY)).toBe('')
  })

  it('works with an injected platform and survives a getAppBaseInfo that throws', () => {
    const saved: Array<string | null> = []
    const platform: ElderModePlatform = {
      fontSizeScaleFactor: () => 1.5,
      loadChoice: () => null,
      saveChoice: (choice) => saved.push(choice),
    }
    render(<ElderModeProvider platform={platform}><Probe /></ElderModeProvider>)
    act(() => fireEvent.click(screen.getByText('toggle')))
    expect(saved).toEqual(['off'])
    cleanup()

    vi.spyOn(Taro, 'getAppBaseInfo').mockImplementation(() => {
      throw new Error('getAppBaseInfo:fail not supported')
    })
    render(<ElderModeProvider><Probe /></ElderModeProvider>)
    expect(state()).toBe('normal auto 15')
  })
})
