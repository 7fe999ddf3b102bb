import type { UserConfigExport } from '@tarojs/cli'

// Release builds: Taro minifies by default; keep the log short so CI output stays readable.
export default {
  logger: { quiet: true, stats: false },
  // Taro's default writes every Chinese character as a 6-byte \uXXXX escape; WeChat and the
  // browsers (served as UTF-8) read UTF-8 scripts, where each is 3 bytes.
  terser: { enable: true, config: { output: { ascii_only: false } } },
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>
