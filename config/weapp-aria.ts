import type { IPluginContext } from '@tarojs/service'

// The build half of src/ui/weapp-aria.ts: Taro's weapp templates (base.wxml) get `aria-label` and
// `aria-role` on view, button, text, image, picker and switch, as @tarojs/plugin-inject's `components` option adds
// attributes. The runtime half (the attribute aliases setData uses) is allowAriaInWeapp in app.ts;
// the two lists must agree (Taro's plugin loader cannot import src/), and the weapp harness
// (weapp-aria.test.ts) fails when they do not: the labels would not reach the drawn nodes.
const ARIA = { 'aria-label': "''", 'aria-role': "''" }
const WEAPP_ARIA_COMPONENTS = { View: ARIA, Button: ARIA, Text: ARIA, Image: ARIA, Picker: ARIA, Switch: ARIA }
export default (ctx: IPluginContext) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform: { template: { mergeComponents(ctx: IPluginContext, patch: Record<string, Record<string, string>>): void } }) {
      platform.template.mergeComponents(ctx, WEAPP_ARIA_COMPONENTS)
    },
  })
}
