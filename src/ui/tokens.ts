// Design tokens. Every page styles itself from these, so elder mode (长辈模式) reaches later pages
// for free.
//
// Unit: sizes are CSS px — logical pixels, i.e. iOS points / Android dp — applied through inline
// styles, which Taro does not run through pxtransform. So `18` is 18 pt on the phone, the unit the
// MIIT elder-friendly rules use. Never mix rpx into these.

export interface ColorTokens {
  /** Page background. */
  background: string
  /** Cards and sheets. */
  surface: string
  /** Body text. */
  text: string
  /** Secondary text (dates, counts). Still readable: it meets 4.5:1 as well. */
  textMuted: string
  /** Brand colour, used for links and primary buttons. */
  primary: string
  /** Text on a primary-coloured button. */
  onPrimary: string
  /** Errors and destructive actions; always paired with words, never colour alone. */
  danger: string
  onDanger: string
  /** Things that went right (签到成功); always paired with words too. */
  success: string
  /** Hairlines; decorative, so not held to text contrast. */
  border: string
  /** Skeleton placeholder blocks; decorative. */
  skeleton: string
  /** A soft tint of the brand colour behind icons and the banner; primary drawn on it stays readable. */
  primarySoft: string
}

export interface Tokens {
  mode: 'normal' | 'elder'
  font: { small: number; body: number; title: number; heading: number }
  /** Unitless line-height multiplier. */
  lineHeight: number
  space: { xs: number; sm: number; md: number; lg: number }
  radius: number
  /** Smallest width and height of anything tappable. */
  tapTarget: number
  /** Columns for grids of entries; elder mode lays everything out in one column. */
  columns: 1 | 2
  /** Elder mode labels every status in words beside any colour or icon. */
  labelStatusInWords: boolean
  color: ColorTokens
}

/** Pairs of [text colour, background colour] that the UI actually draws; each must reach 4.5:1. */
export const textColorPairs: ReadonlyArray<readonly [keyof ColorTokens, keyof ColorTokens]> = [
  ['text', 'background'],
  ['text', 'surface'],
  ['textMuted', 'background'],
  ['textMuted', 'surface'],
  ['primary', 'background'],
  ['primary', 'surface'],
  ['onPrimary', 'primary'],
  ['danger', 'background'],
  ['danger', 'surface'],
  ['onDanger', 'danger'],
  ['primary', 'primarySoft'],
  ['text', 'primarySoft'],
  ['success', 'background'],
  ['success', 'surface'],
]

const palette: ColorTokens = {
  background: '#f5f5f2',
  surface: '#ffffff',
  text: '#1f1f1f',
  textMuted: '#5c5c5c',
  primary: '#b3261e',
  onPrimary: '#ffffff',
  danger: '#9c1c1c',
  onDanger: '#ffffff',
  success: '#1b6b34',
  border: '#dcdcd6',
  skeleton: '#e6e6e1',
  primarySoft: '#f9ecea',
}

export const normalTokens: Tokens = {
  mode: 'normal',
  font: { small: 13, body: 15, title: 17, heading: 20 },
  lineHeight: 1.5,
  space: { xs: 4, sm: 8, md: 12, lg: 16 },
  radius: 8,
  tapTarget: 44,
  columns: 2,
  labelStatusInWords: false,
  color: palette,
}

export const elderTokens: Tokens = {
  mode: 'elder',
  font: { small: 18, body: 20, title: 22, heading: 26 },
  lineHeight: 1.6,
  space: { xs: 6, sm: 12, md: 16, lg: 24 },
  radius: 10,
  tapTarget: 60,
  columns: 1,
  labelStatusInWords: true,
  // Darker secondary text than normal mode: aging eyes need more than the 4.5:1 floor.
  color: { ...palette, text: '#111111', textMuted: '#3d3d3d', background: '#ffffff' },
}

export function tokensFor(elder: boolean): Tokens {
  return elder ? elderTokens : normalTokens
}

/** `16` → `'16px'`, for inline styles. */
export function px(value: number): string {
  return `${value}px`
}
