import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'acorn'
import sharp from 'sharp'
import { describe, expect, inject, it } from 'vitest'
import { formatSizeReport, mainPackageModules } from './size-report'
import { listFiles, packageSizes, readAppJson } from './weapp-bundle'

// The budgets of issue 16 (WeChat's own limits are 2 MB a package).
const MAIN_PACKAGE_LIMIT = 650_000
const SUBPACKAGE_LIMIT = 300_000

const tabPages = ['pages/home/index', 'pages/issues/index', 'pages/consult/index', 'pages/activities/index', 'pages/me/index']
const featureSubPackages: Record<string, string[]> = {
  'features/notices/': ['pages/list/index', 'pages/detail/index', 'pages/edit/index'],
  'features/account/': ['pages/sign-in/index', 'pages/claim/index', 'pages/privacy/index', 'pages/inbox/index', 'pages/not-found/index', 'pages/notifications/index', 'pages/my-data/index'],
  'features/workbench/': ['pages/index/index', 'pages/dead-letters/index'],
}

const { distDir, reused, buildMs } = inject('weappBuild')
const app = readAppJson(distDir)
const root = path.resolve(__dirname, '..', '..')
const subPackageRoots = (app.subPackages ?? []).map((p) => p.root)

function packageScripts(which: 'main' | string): string {
  return listFiles(distDir)
    .filter((f) => f.endsWith('.js'))
    .filter((f) => {
      const relative = path.relative(distDir, f).split(path.sep).join('/')
      return which === 'main' ? !subPackageRoots.some((r) => relative.startsWith(r)) : relative.startsWith(which)
    })
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n')
}

/** The operations a minified document AST names (terser drops the quotes around its keys). */
function operationsIn(script: string): string[] {
  return [...script.matchAll(/kind:"OperationDefinition",operation:"\w+",name:\{kind:"Name",value:"(\w+)"/g)].map((m) => m[1])
}

/** src/features/<feature>/<feature>.graphql: the operations only that feature's subpackage pages use. */
function subPackageOperations(feature: string): string[] {
  const file = path.join(root, 'src', 'features', feature, `${feature}.graphql`)
  if (!fs.existsSync(file)) return []
  return [...fs.readFileSync(file, 'utf8').matchAll(/^(?:query|mutation|subscription) (\w+)/gm)].map((m) => m[1])
}

/** The keys of src/features/<feature>/i18n/zh-CN*.ts: strings only that subpackage shows. */
function subPackageKeys(feature: string): string[] {
  const dir = path.join(root, 'src', 'features', feature, 'i18n')
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith('zh-CN'))
    .flatMap((f) => [...fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/^\s*'([^']+)':/gm)].map((m) => m[1]))
}

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

  it('app.json: every tab has PNG icons of 81 × 81 px, normal and selected, each at most 40 KB (WeChat takes no SVG there)', async () => {
    const list = (app.tabBar?.list ?? []) as Array<{ pagePath: string; iconPath?: string; selectedIconPath?: string }>
    expect(list).toHaveLength(tabPages.length)
    for (const tab of list) {
      for (const icon of [tab.iconPath, tab.selectedIconPath]) {
        expect(icon, `${tab.pagePath} icon`).toMatch(/^assets\/tabbar\/[a-z-]+\.png$/)
        const file = path.join(distDir, icon ?? '')
        expect(fs.existsSync(file), file).toBe(true)
        expect(fs.statSync(file).size, icon).toBeLessThanOrEqual(40 * 1024)
        const meta = await sharp(file).metadata()
        expect([meta.format, meta.width, meta.height], icon).toEqual(['png', 81, 81])
      }
      expect(tab.iconPath).not.toBe(tab.selectedIconPath)
    }
  })

  it('app.json: the tab bar is the custom one (it grows in elder mode), built as a component', () => {
    expect((app.tabBar as { custom?: boolean } | undefined)?.custom).toBe(true)
    for (const ext of ['.js', '.json', '.wxml']) expect(fs.existsSync(path.join(distDir, 'custom-tab-bar', `index${ext}`)), ext).toBe(true)
    expect(JSON.parse(fs.readFileSync(path.join(distDir, 'custom-tab-bar', 'index.json'), 'utf8'))).toMatchObject({ component: true })
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

  it(`main package at most ${MAIN_PACKAGE_LIMIT / 1e3} KB, each subpackage at most ${SUBPACKAGE_LIMIT / 1e3} KB`, () => {
    const sizes = packageSizes(distDir, app)
    console.info(
      `weapp package sizes (bytes): main ${sizes.main}, ` +
        Object.entries(sizes.subPackages).map(([root, bytes]) => `${root} ${bytes}`).join(', '),
    )
    // Where the main package's bytes go, so a regression names its cause.
    console.info(formatSizeReport(mainPackageModules(distDir, app, path.join(distDir, '..', 'weapp-modules.json'))))
    expect(sizes.main).toBeLessThanOrEqual(MAIN_PACKAGE_LIMIT)
    for (const [root, bytes] of Object.entries(sizes.subPackages)) expect(bytes, root).toBeLessThanOrEqual(SUBPACKAGE_LIMIT)
  })

  it("the main package holds only the tab pages' documents; each feature's own are in its subpackage, without locations", () => {
    const main = packageScripts('main')
    const inMain = operationsIn(main)
    expect(inMain.length).toBeGreaterThan(0)
    expect(main).not.toMatch(/loc:\{start:/)
    for (const p of app.subPackages ?? []) {
      const feature = p.root.split('/')[1]
      const own = subPackageOperations(feature)
      expect(inMain.filter((name) => own.includes(name)), `${feature}.graphql operations in the main package`).toEqual([])
      const inSub = operationsIn(packageScripts(p.root))
      for (const name of own) expect(inSub, `${name} in ${p.root}`).toContain(name)
    }
    console.info(`operations in the main package (${inMain.length}): ${[...new Set(inMain)].sort().join(', ')}`)
  })

  it("each feature's own strings are in its subpackage, not in the main package", () => {
    const main = packageScripts('main')
    for (const p of app.subPackages ?? []) {
      const feature = p.root.split('/')[1]
      const keys = subPackageKeys(feature)
      expect(keys.filter((key) => main.includes(`"${key}"`)), `${feature} strings in the main package`).toEqual([])
      const sub = packageScripts(p.root)
      // Its strings are where its pages are (or in another subpackage's copy of a shared module).
      if (keys.length) expect(keys.some((key) => sub.includes(`"${key}"`)), `${feature} strings in ${p.root}`).toBe(true)
    }
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
