import type { Page } from 'playwright-core'

// Measures what a page shows, in the browser, without a list of selectors: every visible control
// (anything a finger can tap: native controls, ARIA roles, Taro's controls, and every element React
// gave a click handler or the page drew with a pointer cursor), and every visible piece of text.

export interface Finding {
  kind: 'target' | 'text' | 'name' | 'typed' | 'placeholder'
  element: string
  measure: string
}

export interface Measured {
  targets: number
  texts: number
  findings: Finding[]
}

/** What counts as a tap target, and the floor for targets and text. */
export interface Floors { target: number; font: number }

/** Runs in the page: measures and marks each native text control with data-linli-typable="i". */
function measureInPage(floors: Floors): Measured {
  const findings: Finding[] = []
  // The tab bar is measured by the tab bar's own test (it is drawn apart from the page's content).
  const excluded = (el: Element) => !!el.closest('.taro-tabbar__tabbar')
  const shown = (el: Element) => {
    if (excluded(el)) return false
    const rect = el.getBoundingClientRect()
    if (rect.width === 0 || rect.height === 0) return false
    return el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })
  }
  const describe = (el: Element) => {
    const page = el.closest('.taro_page')?.getAttribute('id') ?? ''
    const label = el.getAttribute('aria-label') ?? (el as HTMLInputElement).placeholder ?? ''
    const words = ((el as HTMLElement).innerText ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 24)
    const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : ''
    return `${el.tagName.toLowerCase()}${cls}${label ? `[${label}]` : ''}${words ? ` "${words}"` : ''}${page ? '' : ''}`
  }
  // Taro's H5 components are custom elements whose React wrapper keeps the handlers (onClick…) and
  // adds the listener itself: the handler is in the props of the fibers between this element and
  // the host element above it.
  const handled = (el: Element): boolean => {
    const key = Object.keys(el).find((k) => k.startsWith('__reactFiber$'))
    type Fiber = { return: Fiber | null; stateNode: unknown; memoizedProps?: Record<string, unknown> }
    let fiber = key ? (el as unknown as Record<string, Fiber>)[key]!.return : null
    while (fiber && !(fiber.stateNode instanceof Element)) {
      const props = fiber.memoizedProps
      if (props && ['onClick', 'onTap', 'onLongPress', 'onLongClick'].some((name) => typeof props[name] === 'function')) return true
      fiber = fiber.return
    }
    return false
  }
  const NATIVE = 'button, a[href], input:not([type=hidden]), textarea, select'
  const ROLES = '[role=button], [role=link], [role=switch], [role=checkbox], [role=radio], [role=tab], [role=menuitem], [role=option], [role=slider]'
  const TARO = 'taro-button-core, taro-switch-core, taro-checkbox-core, taro-radio-core, taro-picker-core, taro-navigator-core, taro-slider-core'
  const tappable = (el: Element) => {
    if (el.matches(`${NATIVE}, ${ROLES}, ${TARO}`)) return true
    const tab = el.getAttribute('tabindex')
    if (tab !== null && tab !== '-1') return true
    if (handled(el)) return true
    // A pointer cursor the element sets itself (not one it inherits from a tappable parent).
    const cursor = getComputedStyle(el).cursor
    return cursor === 'pointer' && (!el.parentElement || getComputedStyle(el.parentElement).cursor !== 'pointer')
  }

  const candidates = [...document.body.querySelectorAll('*')].filter((el) => tappable(el) && shown(el))
  // A control inside another (the native checkbox in Taro's switch, a picker's trigger) is measured
  // as the outer one, the area a finger hits; Taro's input wrappers are not controls, their <input> is.
  const outer = candidates.filter((el) => !candidates.some((other) => other !== el && other.contains(el) && !el.matches('input, textarea, select')))
  const nameOf = (el: Element): string => {
    const own = el.getAttribute('aria-label')?.trim()
    if (own) return own
    const by = el.getAttribute('aria-labelledby')
    if (by) return by.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim()
    if (el.matches('input, textarea, select')) {
      const control = el as HTMLInputElement
      // The words a screen reader speaks for a field: its label, never just the placeholder (gone once typed).
      return [...(control.labels ?? [])].map((l) => l.textContent ?? '').join(' ').trim() || control.title.trim()
    }
    const words = ((el as HTMLElement).innerText ?? '').trim()
    if (words) return words
    const img = el.querySelector('img[alt], [aria-label]')
    return (img?.getAttribute('alt') ?? img?.getAttribute('aria-label') ?? el.getAttribute('title') ?? '').trim()
  }
  let typable = 0
  for (const el of outer) {
    const rect = el.getBoundingClientRect()
    if (rect.width + 0.5 < floors.target || rect.height + 0.5 < floors.target) {
      findings.push({ kind: 'target', element: describe(el), measure: `${rect.width.toFixed(0)}×${rect.height.toFixed(0)} px` })
    }
    // The one a screen reader lands on: the native control inside a Taro wrapper, else the element.
    const spoken = el.matches('input, textarea, select, button') ? el : (el.querySelector('input:not([type=hidden]), textarea, select, button') ?? el)
    if (!nameOf(spoken)) findings.push({ kind: 'name', element: describe(spoken), measure: 'no accessible name' })
    if (el.matches('input, textarea') && !['checkbox', 'radio', 'file', 'range'].includes((el as HTMLInputElement).type) && !(el as HTMLInputElement).disabled && !(el as HTMLInputElement).readOnly) {
      el.setAttribute('data-linli-typable', String(typable++))
      const control = el as HTMLInputElement
      if (control.placeholder && !control.value) {
        const ph = getComputedStyle(el, '::placeholder')
        const size = parseFloat(ph.fontSize)
        const style = getComputedStyle(el)
        const room = control.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)
        if (size < floors.font) findings.push({ kind: 'placeholder', element: describe(el), measure: `placeholder ${size.toFixed(1)} px` })
        if (room + 0.5 < size * 1.2) findings.push({ kind: 'placeholder', element: describe(el), measure: `placeholder ${size.toFixed(1)} px clipped in ${room.toFixed(1)} px` })
      }
    }
  }

  let texts = 0
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const words = node.textContent?.trim()
    const parent = node.parentElement
    if (!words || !parent || parent.closest('script, style, noscript') || !shown(parent)) continue
    const range = document.createRange()
    range.selectNodeContents(node)
    const box = range.getBoundingClientRect()
    if (box.width === 0 || box.height === 0) continue
    texts++
    const size = parseFloat(getComputedStyle(parent).fontSize)
    if (size + 0.01 < floors.font) findings.push({ kind: 'text', element: `${describe(parent)} "${words.slice(0, 24)}"`, measure: `${size.toFixed(1)} px` })
  }
  return { targets: outer.length, texts, findings }
}

/** Measures the page as shown, then types into each of its text fields and measures what was typed. */
export async function measurePage(page: Page, floors: Floors): Promise<Measured> {
  const measured = await page.evaluate(measureInPage, floors)
  const fields = page.locator('[data-linli-typable]')
  const count = await fields.count()
  for (let i = 0; i < count; i++) {
    const field = fields.nth(i)
    const type = (await field.getAttribute('type')) ?? 'text'
    const sample = ['number', 'tel', 'digit'].includes(type) ? '12' : '长辈模式看得清'
    const before = await field.inputValue()
    await field.fill(sample)
    const size = await field.evaluate((el) => {
      const value = (el as HTMLInputElement).value
      return { size: parseFloat(getComputedStyle(el).fontSize), value }
    })
    const label = (await field.getAttribute('aria-label')) ?? (await field.getAttribute('placeholder')) ?? ''
    if (size.value && size.size + 0.01 < floors.font) {
      measured.findings.push({ kind: 'typed', element: `${await field.evaluate((el) => el.tagName.toLowerCase())}[${label}]`, measure: `typed text ${size.size.toFixed(1)} px` })
    }
    await field.fill(before)
  }
  await page.evaluate(() => document.querySelectorAll('[data-linli-typable]').forEach((el) => el.removeAttribute('data-linli-typable')))
  return measured
}
