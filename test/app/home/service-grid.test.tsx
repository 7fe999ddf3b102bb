import Taro from '@tarojs/taro'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ServiceGrid } from '@/pages/home/ServiceGrid'
import { homeServices } from '@/pages/home/services'
import { ElderModeProvider } from '@/ui'
import type { ElderModePlatform } from '@/ui/elder-mode'

const fixed = (elder: boolean): ElderModePlatform => ({ fontSizeScaleFactor: () => 1, loadChoice: () => (elder ? 'on' : 'off'), saveChoice: () => undefined })
const inMode = (elder: boolean, children: ReactNode) => <ElderModeProvider platform={fixed(elder)}>{children}</ElderModeProvider>
const tile = (label: string) => screen.getByRole('button', { name: label })

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('the home service grid', () => {
  it('offers 报事, 议事, 活动, 公告, 廉洁文化, 办事指南, 我的消息 and 数据公开, each an icon and a word', () => {
    render(inMode(false, <ServiceGrid communityId="c1" />))
    const labels = screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'))
    expect(labels).toEqual(['报事', '议事', '活动', '公告', '廉洁文化', '办事指南', '我的消息', '数据公开'])
    for (const label of labels) {
      const button = tile(label!)
      expect(button.textContent).toContain(label)
      const img = button.querySelector('taro-image-core')
      expect(img?.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/)
      // Decorative: the word beside it is what a screen reader says.
      expect(button.querySelector('[aria-hidden="true"]')).not.toBeNull()
    }
  })

  it('switches to a tab for 议事 and 活动, and opens the page of the others in the community', () => {
    const switchTab = vi.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'switchTab:ok' })
    const navigateTo = vi.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
    render(inMode(false, <ServiceGrid communityId="c1" />))
    fireEvent.click(tile('议事'))
    expect(switchTab).toHaveBeenLastCalledWith({ url: '/pages/consult/index' })
    fireEvent.click(tile('活动'))
    expect(switchTab).toHaveBeenLastCalledWith({ url: '/pages/activities/index' })
    fireEvent.click(tile('报事'))
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/features/issues/pages/raise/index' })
    fireEvent.click(tile('廉洁文化'))
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/features/notices/pages/list/index?category=INTEGRITY_CULTURE&communityId=c1' })
    fireEvent.click(tile('办事指南'))
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/features/notices/pages/list/index?category=POLICY_EXPLAINED&communityId=c1' })
    fireEvent.click(tile('数据公开'))
    expect(navigateTo).toHaveBeenLastCalledWith({ url: '/features/issues/pages/stats/index?communityId=c1' })
    expect(switchTab).toHaveBeenCalledTimes(2)
    expect(navigateTo).toHaveBeenCalledTimes(4)
  })

  it('leaves out the figures until the community is known', () => {
    expect(homeServices(undefined).map((s) => s.key)).not.toContain('figures')
    expect(homeServices('c1').map((s) => s.key)).toContain('figures')
  })

  it('lays out four across normally, two across with bigger tiles and words in elder mode', () => {
    render(inMode(false, <ServiceGrid communityId="c1" />))
    expect(tile('报事').style.width).toBe('25%')
    expect(parseFloat(tile('报事').style.minHeight)).toBeGreaterThanOrEqual(44)
    cleanup()
    render(inMode(true, <ServiceGrid communityId="c1" />))
    expect(tile('报事').style.width).toBe('50%')
    expect(parseFloat(tile('报事').style.minHeight)).toBeGreaterThanOrEqual(60)
    const word = screen.getByText('报事')
    expect(parseFloat(word.style.fontSize)).toBeGreaterThanOrEqual(18)
  })
})
