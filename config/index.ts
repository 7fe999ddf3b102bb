import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import { ModuleStatsPlugin } from './module-stats'
import prodConfig from './prod'

// One source, two targets. Each target writes its own folder so building one never erases the
// other; project.config.json points WeChat DevTools at dist/weapp.
const target = process.env.TARO_ENV === 'h5' ? 'h5' : 'weapp'

// The mini-program has no same origin: it needs an absolute gateway URL baked in at build time.
// The browser build talks to the gateway that serves it, so it defaults to same-origin /graphql.
const defaultGatewayUrl = target === 'h5' ? '/graphql' : 'http://127.0.0.1:4000/graphql'
const gatewayUrl = process.env.LINLI_GATEWAY_URL || defaultGatewayUrl

const srcDir = path.resolve(__dirname, '..', 'src')

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'linli',
    date: '2025-11-29',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${target}`,
    plugins: target === 'weapp' ? [path.resolve(__dirname, 'weapp-aria.ts')] : [],
    defineConstants: {
      LINLI_GATEWAY_URL: JSON.stringify(gatewayUrl),
      // The H5 development sign-in form (signInDev, which the gateway refuses in production).
      // `taro build` always sets NODE_ENV=production, so a release build says so: LINLI_RELEASE=1.
      LINLI_DEV_SIGNIN: JSON.stringify(process.env.LINLI_RELEASE !== '1'),
    },
    alias: { '@': srcDir },
    // The browser tab's icon (the mini-program has none).
    copy: { patterns: target === 'h5' ? [{ from: 'src/assets/favicon.svg', to: 'dist/h5/favicon.svg' }] : [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    // Deterministic builds by default; LINLI_BUILD_CACHE=1 turns webpack's disk cache on.
    cache: { enable: process.env.LINLI_BUILD_CACHE === '1' },
    // The weapp draws the first baseLevel levels of a page from base.wxml templates and anything
    // deeper through Taro's `comp` component; each level is ~2.9 KB of the main package (16 by default).
    baseLevel: 12,
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        // WeChat's JS engine has no queueMicrotask; @wry/caches (under Apollo's InMemoryCache)
        // calls it. Taro already provides window/document through this plugin; add ours to it.
        chain.plugin('providerPlugin').tap((args: Array<Record<string, unknown>>) => [
          {
            ...args[0],
            queueMicrotask: [path.join(srcDir, 'polyfills', 'queue-microtask.ts'), 'queueMicrotask'],
          },
        ])
        chain.plugin('linli-module-stats').use(ModuleStatsPlugin, [path.resolve(__dirname, '..', 'dist', `${target}-modules.json`)])
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        // Size is watched by the weapp build test against WeChat's package limits; webpack's
        // generic 244 KiB browser hint only adds noise to every build log.
        chain.performance.hints(false)
        chain.plugin('linli-module-stats').use(ModuleStatsPlugin, [path.resolve(__dirname, '..', 'dist', `${target}-modules.json`)])
      },
      devServer: {
        // `npm run dev:h5` serves the app on its own port; send GraphQL to a local gateway.
        proxy: [{ context: ['/graphql'], target: process.env.LINLI_GATEWAY_ORIGIN || 'http://127.0.0.1:4000' }],
      },
    },
  }

  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
