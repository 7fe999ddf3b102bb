import type { UserConfigExport } from '@tarojs/cli'

// Watch builds (`npm run dev:weapp`, `npm run dev:h5`): readable output, build stats on.
export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>
