import { Switch } from '@tarojs/components'
import type { CSSProperties } from 'react'
import { useTokens } from './elder-mode'
import type { Tokens } from './tokens'
import { spokenLabel } from './text-box'

/** WeChat's and Taro H5's switch: 52×32 px, a size neither lets us set. */
const SWITCH = { width: 52, height: 32 }

/**
 * The switch grown to the tap target where the tokens ask for more than it is (elder mode: 60 px),
 * by scaling it; the margins give the scaled switch its room in the row.
 */
export function toggleStyle(tokens: Tokens): CSSProperties {
  if (tokens.tapTarget <= SWITCH.height) return {}
  const scale = tokens.tapTarget / SWITCH.height
  if (tokens.mode !== 'elder') return {}
  return {
    transform: `scale(${scale})`,
    transformOrigin: 'center',
    margin: `${(tokens.tapTarget - SWITCH.height) / 2}px ${(SWITCH.width * scale - SWITCH.width) / 2}px`,
    flexShrink: 0,
  }
}

/** An on/off switch with the name a screen reader speaks (aria-label and, in the weapp, aria-role). */
export function Toggle(props: { checked: boolean; label: string; onChange(on: boolean): void }) {
  const tokens = useTokens()
  return (
    <Switch
      checked={props.checked}
      color={tokens.color.primary}
      {...spokenLabel(props.label)}
      aria-role="switch"
      style={toggleStyle(tokens)}
      onChange={(e) => props.onChange(e.detail.value)}
    />
  )
}
