import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { ElderModeProvider } from '@/ui'
import { Field } from '@/ui/Field'
import { LongText } from '@/ui/FormGroup'
import { nativeCap, textLength } from '@/ui/text-length'

const platform = { fontSizeScaleFactor: () => 1, loadChoice: () => 'off' as const, saveChoice: () => undefined }
const inApp = (node: JSX.Element) => render(<ElderModeProvider platform={platform}>{node}</ElderModeProvider>)

afterEach(cleanup)

describe('text limits, counted as people count', () => {
  it('counts code points: an emoji or 𠮷 is one character', () => {
    expect(textLength('👍𠮷好')).toBe(3)
    expect('👍𠮷好'.length).toBe(5)
    expect(nativeCap(40)).toBe(80) // the native cap never cuts what the limit allows
  })

  it('shows a comment’s count, and past 500 says so instead of cutting it', () => {
    const { rerender } = inApp(<LongText label="评论" placeholder="说说看" value={'👍'.repeat(3)} max={500} onChange={() => undefined} />)
    expect(screen.getByText('3/500 字')).toBeTruthy()
    rerender(<ElderModeProvider platform={platform}><LongText label="评论" placeholder="说说看" value={'好'.repeat(502)} max={500} onChange={() => undefined} /></ElderModeProvider>)
    expect(screen.getByText('502/500 字')).toBeTruthy()
    expect(screen.getByRole('alert').textContent).toBe('⚠ 最多 500 字，已超出 2 字，请删减后再提交')
  })

  it('shows a title’s count against its limit, and the reason past it', () => {
    inApp(<Field label="标题" value={'路'.repeat(41)} maxlength={40} onChange={() => undefined} />)
    expect(screen.getByText('41/40 字')).toBeTruthy()
    expect(screen.getByRole('alert').textContent).toBe('⚠ 最多 40 字，已超出 1 字，请删减后再提交')
  })
})
