import type { MessageKey } from '../../i18n'
import type { IconPaths } from './svg'
import { serviceIcons } from './service'

// The five tabs' icons, in tab order. scripts/draw-tab-icons.ts draws them as the PNGs WeChat's
// tabBar list needs (src/assets/tabbar/); the custom tab bar shows the same line art as SVG.

export const tabIcons = {
  home: serviceIcons.home,
  issues: serviceIcons.raise,
  consult: serviceIcons.consult,
  activities: serviceIcons.activities,
  /** 我的: a person. */
  me: ['M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8z', 'M4.5 20.5c.8-3.8 3.8-6 7.5-6s6.7 2.2 7.5 6'],
} satisfies Record<string, IconPaths>

export type TabName = keyof typeof tabIcons

/** Tab colours: unselected and selected (app.config's tabBar color and selectedColor). */
export const TAB_COLOR = '#5c5c5c'
export const TAB_SELECTED_COLOR = '#b3261e'

/** The tabs in order: each is the tab page `pages/<name>/index`, its label's message key. */
export const TABS: ReadonlyArray<{ name: TabName; label: MessageKey }> = [
  { name: 'home', label: 'tab.home' },
  { name: 'issues', label: 'tab.issues' },
  { name: 'consult', label: 'tab.consult' },
  { name: 'activities', label: 'tab.activities' },
  { name: 'me', label: 'tab.me' },
]

export const tabPagePath = (name: TabName) => `pages/${name}/index`
