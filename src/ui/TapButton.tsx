import { Button, type ButtonProps } from '@tarojs/components'
import { useRef, useState, type CSSProperties, type ReactNode } from 'react'
import { useTokens } from './elder-mode'
import { px, type Tokens } from './tokens'
import { tapLabel, textOfChildren } from './a11y'

export type TapButtonVariant = 'primary' | 'secondary' | 'danger'

export interface TapButtonProps {
  children: ReactNode
  /**
   * Return the promise of what the tap starts (a mutation): the button is then disabled until it
   * settles, and taps meanwhile are ignored — a double tap sends once.
   */
  onTap?: () => unknown
  variant?: TapButtonVariant
  disabled?: boolean
  loading?: boolean
  /** Full width of its column (the default in elder mode, where everything is one column). */
  block?: boolean
  /** WeChat's open abilities (share, getPhoneNumber…), passed through to the native button. */
  openType?: ButtonProps['openType']
  formType?: ButtonProps['formType']
  /** What a screen reader says; the button's words when not given. */
  label?: string
}

/** Button colours and size for a variant; at least tokens.tapTarget tall and wide. */
export function tapButtonStyle(tokens: Tokens, variant: TapButtonVariant, block: boolean): CSSProperties {
  const { color } = tokens
  const filled = variant !== 'secondary'
  const fill = variant === 'danger' ? color.danger : color.primary
  return {
    display: block ? 'flex' : 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    boxSizing: 'border-box',
    width: block ? '100%' : 'auto',
    minWidth: px(tokens.tapTarget),
    minHeight: px(tokens.tapTarget),
    margin: 0,
    padding: `0 ${px(tokens.space.lg)}`,
    fontSize: px(tokens.font.body),
    lineHeight: tokens.lineHeight,
    borderRadius: px(tokens.radius),
    border: `1px solid ${fill}`,
    backgroundColor: filled ? fill : color.surface,
    color: filled ? (variant === 'danger' ? color.onDanger : color.onPrimary) : color.primary,
  }
}

const isThenable = (value: unknown): value is PromiseLike<unknown> => typeof (value as PromiseLike<unknown> | null)?.then === 'function'

/**
 * The app's button: every tap target goes through it so its size follows the tokens, and every
 * mutation through its in-flight guard. The guard is a ref, not state: a second tap in the same
 * frame sees it before React has re-rendered the button disabled.
 */
export function TapButton(props: TapButtonProps) {
  const tokens = useTokens()
  const variant = props.variant ?? 'primary'
  const block = props.block ?? tokens.columns === 1
  const inFlight = useRef(false)
  const [busy, setBusy] = useState(false)
  const disabled = props.disabled || busy
  const tap = () => {
    if (inFlight.current || props.disabled || !props.onTap) return
    const result = props.onTap()
    if (!isThenable(result)) return
    inFlight.current = true
    setBusy(true)
    const settle = () => {
      inFlight.current = false
      setBusy(false)
    }
    result.then(settle, settle)
  }
  return (
    <Button
      style={tapButtonStyle(tokens, variant, block)}
      disabled={disabled}
      loading={props.loading}
      openType={props.openType}
      formType={props.formType}
      aria-busy={busy || undefined}
      {...tapLabel(props.label ?? textOfChildren(props.children))}
      onClick={disabled ? undefined : tap}
    >
      {props.children}
    </Button>
  )
}
