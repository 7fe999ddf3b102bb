import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PrivacyConsentSheet } from '@/ui/PrivacyConsentSheet'
import { PRIVACY_AGREE_BUTTON_ID, answerPrivacyConsent, listenForPrivacyAuthorization, type PrivacyResolve } from '@/ui/privacy-consent'

afterEach(() => {
  answerPrivacyConsent(false)
  cleanup()
})

describe('WeChat privacy consent', () => {
  it('does nothing where the API does not exist (H5)', () => {
    expect(listenForPrivacyAuthorization({})).toBe(false)
  })

  it('shows the sheet when WeChat asks, and agreeing answers with the agree button id', () => {
    let listener: ((resolve: PrivacyResolve) => void) | undefined
    expect(listenForPrivacyAuthorization({ onNeedPrivacyAuthorization: (l) => (listener = l) })).toBe(true)
    render(<PrivacyConsentSheet />)
    expect(screen.queryByText('隐私保护提示')).toBeNull()

    const resolve = vi.fn()
    act(() => listener?.(resolve))
    expect(resolve).toHaveBeenCalledWith({ event: 'exposureAuthorization' })
    expect(screen.getByText('隐私保护提示')).toBeTruthy()
    expect(screen.getByText('查看《邻里隐私说明》')).toBeTruthy()

    fireEvent.click(screen.getByText('同意并继续'))
    expect(resolve).toHaveBeenLastCalledWith({ event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID })
    expect(screen.queryByText('隐私保护提示')).toBeNull()
  })

  it('declining answers disagree and closes the sheet', () => {
    let listener: ((resolve: PrivacyResolve) => void) | undefined
    listenForPrivacyAuthorization({ onNeedPrivacyAuthorization: (l) => (listener = l) })
    render(<PrivacyConsentSheet />)
    const resolve = vi.fn()
    act(() => listener?.(resolve))
    fireEvent.click(screen.getByText('不同意'))
    expect(resolve).toHaveBeenLastCalledWith({ event: 'disagree' })
    expect(screen.queryByText('隐私保护提示')).toBeNull()
  })
})
