import { Button, type ButtonProps } from '@tarojs/components'
import type { CSSProperties, ReactNode } from 'react'
import { useTokens } from './elder-mode'
import { px, type Tokens } from './tokens'

export type TapButtonVariant = 'primary' | 'secondary' | 'danger'

export interface TapButtonProps {
  children: ReactNode
  onTap?: () => void
  variant?: TapButtonVariant
  disabled?: boolean
  loading?: boolean
  /** Full width of its column (the default in elder mode, where everything is one column). */
  block?: boolean
  /** WeChat's open abilities (share, getPhoneNumber…), passed through to the native button. */
  openType?: ButtonProps['openType']
  formType?: ButtonProps['formType']
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

/** The app's button: every tap target goes through it so its size follows the tokens. */
export function TapButton(props: TapButtonProps) {
  const tokens = useTokens()
  const variant = props.variant ?? 'primary'
  const block = props.block ?? tokens.columns === 1
  return (
    <Button
      style={tapButtonStyle(tokens, variant, block)}
      disabled={props.disabled}
      loading={props.loading}
      openType={props.openType}
      formType={props.formType}
      onClick={props.disabled ? undefined : props.onTap}
    >
      {props.children}
    </Button>
  )
}
