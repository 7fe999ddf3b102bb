import Taro from '@tarojs/taro'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ElderModeProvider } from '@/ui'
import { TitleBar } from '@/ui/TitleBar'
import type { ElderModePlatform } from '@/ui/elder-mode'
import { base64Ascii, iconSvg } from '@/ui/icons/svg'

const fixed = (elder: boolean): ElderModePlatform => ({ fontSizeScaleFactor: () => 1, loadChoice: () => (elder ? 'on' : 'off'), saveChoice: () => undefined })
const inMode = (elder: boolean, children: ReactNode) => <ElderModeProvider platform={fixed(elder)}>{children}</ElderModeProvider>

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('the H5 title bar', () => {
  it('shows the page title and goes back to the page below', () => {
    const back = vi.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'navigateBack:ok' })
    const home = vi.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
    render(inMode(false, <TitleBar title="公告详情" canGoBack />))
    expect(screen.getByText('公告详情')).toBeTruthy()
    const button = screen.getByRole('button', { name: '返回' })
    expect(button.textContent).toContain('返回')
    fireEvent.click(button)
    expect(back).toHaveBeenCalledTimes(1)
    expect(home).not.toHaveBeenCalled()
  })

  it('opened straight from a link (nothing below), it offers 首页 and goes to the home tab', () => {
    const back = vi.spyOn(Taro, 'navigateBack')
    const home = vi.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
    render(inMode(false, <TitleBar title="活动详情" canGoBack={false} />))
    fireEvent.click(screen.getByRole('button', { name: '首页' }))
    expect(home).toHaveBeenCalledWith({ url: '/pages/home/index' })
    expect(back).not.toHaveBeenCalled()
  })

  it('keeps its back button a full tap target in both modes', () => {
    render(inMode(false, <TitleBar title="公告" canGoBack />))
    expect(parseFloat(screen.getByRole('button', { name: '返回' }).style.minHeight)).toBe(44)
    cleanup()
    render(inMode(true, <TitleBar title="公告" canGoBack />))
    const button = screen.getByRole('button', { name: '返回' })
    expect(parseFloat(button.style.minHeight)).toBeGreaterThanOrEqual(60)
    expect(parseFloat(button.style.minWidth)).toBeGreaterThanOrEqual(60)
    expect(parseFloat(screen.getByText('公告').style.fontSize)).toBeGreaterThanOrEqual(18)
  })
})

describe('icons as data URIs', () => {
  it('encodes the SVG as base64 the way btoa does (WeChat has no btoa)', () => {
    const svg = iconSvg(['M15 5l-7 7 7 7', 'FM1 1h2v2H1z'], '#b3261e')
    expect(base64Ascii(svg)).toBe(Buffer.from(svg, 'ascii').toString('base64'))
    for (const text of ['a', 'ab', 'abc', 'abcd']) expect(base64Ascii(text)).toBe(btoa(text))
    expect(svg).toContain('<path d="M1 1h2v2H1z" fill="#b3261e"/>')
    expect(svg).toContain('stroke="#b3261e"')
  })
})
