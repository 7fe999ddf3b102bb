import type { IPluginContext } from '@tarojs/service'

interface MiniPlatform {
  template?: { mergeComponents(ctx: IPluginContext, patch: Record<string, Record<string, string>>): void }
}

// Taro's weapp templates pass no aria attributes, so a View's ariaLabel never reached WeChat's
// screen reader. This Taro plugin adds WeChat's aria-label, aria-role and aria-selected to the
// view template (the tab bar's tabs, category chips, labelled cards), as Taro's docs extend a
// component's attributes: on the platform's setup, through its template.
export default (ctx: IPluginContext) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform: MiniPlatform) {
      if (process.env.TARO_ENV !== 'weapp' || !platform.template) return
      platform.template.mergeComponents(ctx, { View: { 'aria-label': '', 'aria-role': '', 'aria-selected': '' } })
    },
  })
}
