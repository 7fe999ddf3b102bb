import type { Page } from 'playwright-core'

// What every H5 journey does on a page: find the page in front, its text and buttons, and sign in
// with the development sign-in.

/** The page in front (H5 keeps earlier pages in the document, hidden). */
export const front = (page: Page) => page.locator('.taro_page:visible').last()
export const text = (page: Page, value: string | RegExp) => front(page).getByText(value, { exact: typeof value === 'string' }).first()
export const button = (page: Page, label: string | RegExp) => front(page).locator('taro-button-core', { hasText: label }).first()

export async function signIn(page: Page, base: string, handle: string) {
  await page.goto(`${base}/#/features/account/pages/sign-in/index`)
  await page.locator('input[placeholder="输入账号名"]').locator('visible=true').first().fill(handle)
  await button(page, /^登录$/).click()
  await text(page, '长辈模式').waitFor()
}
