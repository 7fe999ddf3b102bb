import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'acorn'
import { describe, expect, inject, it } from 'vitest'
import { listFiles, packageSizes, readAppJson } from './weapp-bundle'

const MAIN_PACKAGE_LIMIT = 1_000_000
const SUBPACKAGE_LIMIT = 500_000

const tabPages = ['pages/home/index', 'pages/issues/index', 'pages/consult/index', 'pages/activities/index', 'pages/me/index']
const featureSubPackages: Record<string, string[]> = {
  'features/notices/': ['pages/list/index', 'pages/detail/index', 'pages/edit/index'],
  'features/account/': ['pages/sign-in/index', 'pages/claim/index', 'pages/privacy/index', 'pages/inbox/index'],
  'features/workbench/': ['pages/index/index'],
}

const { distDir, reused, buildMs } = inject('weappBuild')
const app = readAppJson(distDir)

describe(`weapp build (${reused ? 'reused dist/weapp' : `built in ${(buildMs / 1000).toFixed(1)} s`})`, () => {
  it('app.json: the five tab pages in the main package, in tab order', () => {
    expect(app.pages).toEqual(tabPages)
    expect(app.tabBar?.list.map((tab) => [tab.pagePath, tab.text])).toEqual([
      ['pages/home/index', '首页'],
      ['pages/issues/index', '报事'],
      ['pages/consult/index', '议事'],
      ['pages/activities/index', '活动'],
      ['pages/me/index', '我的'],
    ])
  })

  it('app.json: each feature is a subpackage rooted at its folder', () => {
    const declared = Object.fromEntries((app.subPackages ?? []).map((p) => [p.root, p.pages]))
    expect(declared).toMatchObject(featureSubPackages)
    for (const p of app.subPackages ?? []) expect(p.root).toMatch(/^features\/[a-z-]+\/$/)
  })

  it('every page declared has its script, template and config', () => {
    const pages = [...app.pages, ...(app.subPackages ?? []).flatMap((p) => p.pages.map((page) => p.root + page))]
    for (const page of pages) {
      for (const ext of ['.js', '.json', '.wxml']) expect(fs.existsSync(path.join(distDir, page + ext)), page + ext).toBe(true)
    }
  })

  it(`main package under ${MAIN_PACKAGE_LIMIT / 1e6} MB, each subpackage under ${SUBPACKAGE_LIMIT / 1e3} KB`, () => {
    const sizes = packageSizes(distDir, app)
    console.info(
      `weapp package sizes (bytes): main ${sizes.main}, ` +
        Object.entries(sizes.subPackages).map(([root, bytes]) => `${root} ${bytes}`).join(', '),
    )
    expect(sizes.main).toBeLessThan(MAIN_PACKAGE_LIMIT)
    for (const [root, bytes] of Object.entries(sizes.subPackages)) expect(bytes, root).toBeLessThan(SUBPACKAGE_LIMIT)
  })

  it('scripts parse as ES2019: no ?. / ?? / class fields that older WeChat engines reject', () => {
    for (const file of listFiles(distDir).filter((f) => f.endsWith('.js'))) {
      const source = fs.readFileSync(file, 'utf8')
      expect(() => parse(source, { ecmaVersion: 2019, sourceType: 'script' }), path.relative(distDir, file)).not.toThrow()
    }
  })

  it('bakes in the gateway URL from the build environment', () => {
    const appScript = listFiles(distDir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n')
    expect(appScript).toContain(process.env.LINLI_GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql')
    expect(appScript).not.toMatch(/LINLI_GATEWAY_URL/)
  })
})
