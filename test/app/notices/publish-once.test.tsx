import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EditActions } from '@/features/notices/components/EditActions'
import { ElderModeProvider } from '@/ui'

const platform = { fontSizeScaleFactor: () => 1, loadChoice: () => 'off' as const, saveChoice: () => undefined }

afterEach(cleanup)

describe('发布 on the notice form', () => {
  it('publishes once on a double tap, and is free again once the answer came', async () => {
    let answer = () => undefined as void
    const publish = vi.fn(() => new Promise<void>((resolve) => { answer = resolve }))
    // busy stays false here on purpose: the page's mutation state re-renders too late for a second tap.
    render(<ElderModeProvider platform={platform}><EditActions editing={false} busy={false} onSubmit={publish} /></ElderModeProvider>)
    const button = screen.getByText('发布').closest('taro-button-core') as HTMLElement
    fireEvent.click(button)
    fireEvent.click(button)
    fireEvent.click(button)
    expect(publish).toHaveBeenCalledTimes(1)
    answer()
    await vi.waitFor(() => expect(button.getAttribute('aria-busy')).toBeNull())
  })
})
