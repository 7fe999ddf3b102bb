/**
 * Records every value the page's first Taro input (`taro-input-core`) shows, from before the first
 * render on, so a test can tell a form that opens with its values from one that opens empty and
 * fills a moment later.
 */
export function watchFirstInput(): { seen: string[]; stop: () => void } {
  const seen: string[] = []
  const observer = new MutationObserver(() => {
    const core = document.querySelector('taro-input-core')
    if (!core) return
    const value = String(core.getAttribute('value') ?? (core as { value?: unknown }).value ?? '')
    if (seen.at(-1) !== value) seen.push(value)
  })
  observer.observe(document.body, { subtree: true, childList: true, attributes: true })
  return { seen, stop: () => observer.disconnect() }
}
