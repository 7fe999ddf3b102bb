import { usePageScroll } from '@tarojs/taro'
import { useState } from 'react'

// WeChat warns when a page's tree passes 1,000 nodes, and a long list scrolled far enough gets
// there. Only the items near the screen are drawn; those far above or below become one spacer
// each, as tall as the items they stand for, so the page keeps its height and scroll position.

export interface ListWindow<T> {
  items: readonly T[]
  /** Index in the whole list of the first item drawn. */
  start: number
  /** Heights in px of the spacers before and after the drawn items. */
  spaceBefore: number
  spaceAfter: number
}

/** Items to draw for the current page scroll; `itemHeight` is an estimate, in px. */
export function useListWindow<T>(all: readonly T[], itemHeight: number, before = 15, after = 45): ListWindow<T> {
  // Snapped to blocks of ten items, so scrolling redraws the list only when the window moves.
  const block = itemHeight * 10
  const [top, setTop] = useState(0)
  usePageScroll(({ scrollTop }) => {
    const snapped = Math.floor(scrollTop / block) * block
    setTop((current) => (current === snapped ? current : snapped))
  })
  const first = Math.floor(top / itemHeight)
  const start = Math.max(0, Math.min(first - before, all.length - before - after))
  const end = Math.min(all.length, Math.max(start, 0) + before + after)
  const from = Math.max(0, start)
  return { items: all.slice(from, end), start: from, spaceBefore: from * itemHeight, spaceAfter: (all.length - end) * itemHeight }
}
