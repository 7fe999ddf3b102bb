import Taro from '@tarojs/taro'
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import { tokensFor, type Tokens } from './tokens'

export const ELDER_MODE_STORAGE_KEY = 'linli.elderMode'
/** WeChat's font scale at or above which elder mode turns itself on (1 is the default size). */
export const ELDER_FONT_SCALE_THRESHOLD = 1.3

export type ElderChoice = 'on' | 'off'

/**
 * Whether elder mode is on: the resident's own choice when they made one, otherwise on when
 * their phone's font is scaled up to the threshold or beyond.
 */
export function elderModeFromSettings(choice: ElderChoice | null, fontSizeScaleFactor: number | undefined): boolean {
  if (choice) return choice === 'on'
  return typeof fontSizeScaleFactor === 'number' && fontSizeScaleFactor >= ELDER_FONT_SCALE_THRESHOLD
}

/** Where elder mode reads the font scale and keeps the choice; tests pass their own. */
export interface ElderModePlatform {
  fontSizeScaleFactor(): number | undefined
  loadChoice(): ElderChoice | null
  saveChoice(choice: ElderChoice | null): void
}

export const taroElderModePlatform: ElderModePlatform = {
  fontSizeScaleFactor() {
    try {
      // WeChat reports fontSizeScaleFactor (base library 2.25.3+) though Taro's type omits it;
      // older libraries and H5 leave it out, and no number means "not large".
      const info = Taro.getAppBaseInfo() as { fontSizeScaleFactor?: unknown }
      return typeof info.fontSizeScaleFactor === 'number' ? info.fontSizeScaleFactor : undefined
    } catch {
      return undefined
    }
  },
  loadChoice() {
    try {
      const stored: unknown = Taro.getStorageSync(ELDER_MODE_STORAGE_KEY)
      return stored === 'on' || stored === 'off' ? stored : null
    } catch {
      return null
    }
  },
  saveChoice(choice) {
    try {
      if (choice) Taro.setStorageSync(ELDER_MODE_STORAGE_KEY, choice)
      else Taro.removeStorageSync(ELDER_MODE_STORAGE_KEY)
    } catch {
      // Storage full or unavailable: the switch still works until the app closes.
    }
  },
}

export interface ElderModeState {
  elder: boolean
  /** True when the resident switched it themselves; false while it follows the phone's font size. */
  chosen: boolean
  tokens: Tokens
  setElder(on: boolean): void
  /** Forget the resident's choice and follow the phone's font size again. */
  followSystem(): void
}

const ElderModeContext = createContext<ElderModeState>({
  elder: false,
  chosen: false,
  tokens: tokensFor(false),
  setElder: () => undefined,
  followSystem: () => undefined,
})

export function ElderModeProvider(props: { children?: ReactNode; platform?: ElderModePlatform }) {
  const platform = props.platform ?? taroElderModePlatform
  const [choice, setChoice] = useState<ElderChoice | null>(() => platform.loadChoice())
  const [scale] = useState(() => platform.fontSizeScaleFactor())

  const setElder = useCallback(
    (on: boolean) => {
      const next: ElderChoice = on ? 'on' : 'off'
      platform.saveChoice(next)
      setChoice(next)
    },
    [platform],
  )
  const followSystem = useCallback(() => {
    platform.saveChoice(null)
    setChoice(null)
  }, [platform])

  const value = useMemo<ElderModeState>(() => {
    const elder = elderModeFromSettings(choice, scale)
    return { elder, chosen: choice !== null, tokens: tokensFor(elder), setElder, followSystem }
  }, [choice, scale, setElder, followSystem])

  // H5: Taro's own tab bar is styled by CSS (src/h5.css), which reads elder mode from <html>.
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') document.documentElement.toggleAttribute('data-linli-elder', value.elder)
  }, [value.elder])

  return <ElderModeContext.Provider value={value}>{props.children}</ElderModeContext.Provider>
}

/** Elder mode state and the tokens to style with. */
export function useElderMode(): ElderModeState {
  return useContext(ElderModeContext)
}

/** Just the tokens, for components that only style themselves. */
export function useTokens(): Tokens {
  return useContext(ElderModeContext).tokens
}
