import { mergeInternalComponents } from '@tarojs/shared'

// WeChat's screen reader reads `aria-role` and `aria-label` on view, button, text, image, picker
// and switch, but
// Taro's weapp templates and its runtime carry only the attributes its component list names, so
// an aria-label set on a View never reached the WXML. This list adds the two, in both places that
// must agree: the build's templates (config/weapp-aria.ts, at build time) and the runtime's
// attribute aliases (allowAriaInWeapp, before the first page renders), as @tarojs/plugin-inject's
// `components` option does. The weapp harness checks tappable nodes carry a label.
export const WEAPP_ARIA_COMPONENTS = {
  View: { 'aria-label': "''", 'aria-role': "''" },
  Button: { 'aria-label': "''", 'aria-role': "''" },
  Text: { 'aria-label': "''", 'aria-role': "''" },
  Image: { 'aria-label': "''", 'aria-role': "''" },
  Picker: { 'aria-label': "''", 'aria-role': "''" },
  Switch: { 'aria-label': "''", 'aria-role': "''" },
}

/** The runtime half: call once, in the weapp, before anything renders. */
export function allowAriaInWeapp(): void {
  mergeInternalComponents(WEAPP_ARIA_COMPONENTS)
}
