import type { CSSProperties } from 'react'
import { px, type Tokens } from './tokens'

/**
 * A row of a list that opens or picks something when tapped: at least the tap target tall (60 px in
 * elder mode, border included), its words centred, a hairline under it.
 */
export function tapRowStyle(tokens: Tokens): CSSProperties {
  return {
    boxSizing: 'border-box',
    display: 'flex',
    alignItems: 'center',
    minHeight: px(tokens.tapTarget),
    padding: `${px(tokens.space.sm)} 0`,
    borderBottom: `1px solid ${tokens.color.border}`,
  }
}
