import Taro from '@tarojs/taro'
import { useSyncExternalStore } from 'react'

// WeChat's privacy flow: before a privacy API (chooseMedia, chooseLocation, phone number) runs,
// WeChat calls the onNeedPrivacyAuthorization listener with a `resolve`; the API waits until the
// resident agrees (through a button with open-type="agreePrivacyAuthorization") or declines.
// This module holds that pending `resolve`; PrivacyConsentSheet, mounted by every Page, shows
// itself while one is pending and answers it.

export type PrivacyResolve = (option: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void

/** The agree button's id: WeChat checks that this very button was tapped. */
export const PRIVACY_AGREE_BUTTON_ID = 'linli-privacy-agree'

let pending: PrivacyResolve | null = null
const subscribers = new Set<() => void>()

function changed(): void {
  for (const notify of subscribers) notify()
}

/** WeChat needs consent: remember how to answer, tell WeChat the sheet is shown, show it. */
export function requestPrivacyConsent(resolve: PrivacyResolve): void {
  // A second request replaces the first; the first API call fails as declined rather than hanging.
  pending?.({ event: 'disagree' })
  pending = resolve
  resolve({ event: 'exposureAuthorization' })
  changed()
}

/** The resident's answer, passed on to WeChat; the sheet closes. */
export function answerPrivacyConsent(agreed: boolean): void {
  const resolve = pending
  pending = null
  resolve?.(agreed ? { event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID } : { event: 'disagree' })
  changed()
}

export function isPrivacyConsentPending(): boolean {
  return pending !== null
}

function subscribe(notify: () => void): () => void {
  subscribers.add(notify)
  return () => subscribers.delete(notify)
}

/** True while WeChat waits for the resident's consent. */
export function usePrivacyConsentPending(): boolean {
  return useSyncExternalStore(subscribe, isPrivacyConsentPending, isPrivacyConsentPending)
}

interface PrivacyApi {
  onNeedPrivacyAuthorization?: (listener: (resolve: PrivacyResolve) => void) => void
}

/** Registers the listener once at launch; does nothing where the API does not exist (H5, old WeChat). */
export function listenForPrivacyAuthorization(api: PrivacyApi = Taro): boolean {
  if (typeof api.onNeedPrivacyAuthorization !== 'function') return false
  api.onNeedPrivacyAuthorization((resolve) => requestPrivacyConsent(resolve))
  return true
}
