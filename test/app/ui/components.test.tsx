import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EmptyState, ElderModeProvider, Skeleton, TapButton, elderTokens, normalTokens, tapButtonStyle } from '@/ui'
import type { ElderModePlatform } from '@/ui/elder-mode'

const fixed = (elder: boolean): ElderModePlatform => ({
  fontSizeScaleFactor: () => 1,
  loadChoice: () => (elder ? 'on' : 'off'),
  saveChoice: () => undefined,
})

const inMode = (elder: boolean, children: ReactNode) => (
  <ElderModeProvider platform={fixed(elder)}>{children}</ElderModeProvider>
)

afterEach(cleanup)

describe('TapButton', () => {
  it('is at least 60×60 with 20 px text in elder mode, and full width (one column)', () => {
    const style = tapButtonStyle(elderTokens, 'primary', true)
    expect(style.minHeight).toBe('60px')
    expect(style.minWidth).toBe('60px')
    expect(style.fontSize).toBe('20px')
    expect(style.width).toBe('100%')
  })

  it('renders with the tokens of the current mode and reports taps', () => {
    const onTap = vi.fn()
    render(inMode(true, <TapButton onTap={onTap}>报名</TapButton>))
    const button = screen.getByText('报名').closest('taro-button-core') as HTMLElement
    expect(button.style.minHeight).toBe('60px')
    fireEvent.click(button)
    expect(onTap).toHaveBeenCalledTimes(1)
  })

  it('holds itself while the promise of a tap is in flight: a double tap runs once, then it is free again', async () => {
    let finish = () => undefined as void
    const onTap = vi.fn(() => new Promise<void>((resolve) => { finish = resolve }))
    render(inMode(false, <TapButton onTap={onTap}>发布</TapButton>))
    const button = () => screen.getByText('发布').closest('taro-button-core') as HTMLElement
    fireEvent.click(button())
    fireEvent.click(button())
    expect(onTap).toHaveBeenCalledTimes(1)
    expect(button().getAttribute('aria-busy')).toBe('true')
    finish()
    await vi.waitFor(() => expect(button().getAttribute('aria-busy')).toBeNull())
    fireEvent.click(button())
    expect(onTap).toHaveBeenCalledTimes(2)
  })

  it('a disabled button does not report taps', () => {
    const onTap = vi.fn()
    render(inMode(false, <TapButton onTap={onTap} disabled>报名</TapButton>))
    fireEvent.click(screen.getByText('报名'))
    expect(onTap).not.toHaveBeenCalled()
  })

  it('normal mode keeps 44 px targets', () => {
    expect(tapButtonStyle(normalTokens, 'secondary', false).minHeight).toBe('44px')
  })
})

describe('EmptyState', () => {
  it('says what is missing and what to do, with an optional action', () => {
    const onTap = vi.fn()
    render(inMode(false, <EmptyState title="暂时没有公告" body="可以下拉刷新看看。" action={{ label: '重试', onTap }} />))
    expect(screen.getByText('暂时没有公告')).toBeTruthy()
    expect(screen.getByText('可以下拉刷新看看。')).toBeTruthy()
    fireEvent.click(screen.getByText('重试'))
    expect(onTap).toHaveBeenCalled()
  })
})

describe('Skeleton', () => {
  it('draws placeholder rows and announces loading in words', () => {
    const { container } = render(inMode(false, <Skeleton rows={2} />))
    const root = container.querySelector('[aria-busy="true"]')
    expect(root?.getAttribute('aria-label')).toBe('加载中…')
    expect(root?.children).toHaveLength(2)
  })
})
