import type { UserConfigExport } from '@tarojs/cli'

// Release builds: Taro minifies by default; keep the log short so CI output stays readable.
export default {
  logger: { quiet: true, stats: false },
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>
