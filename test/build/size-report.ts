import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'acorn'
import { simple } from 'acorn-walk'
import type { BuiltModule } from '../../config/module-stats'
import { listFiles, type AppJson } from './weapp-bundle'

// Which modules make the main package's size: the minified bytes of each module, found by joining
// the build's module list (dist/weapp-modules.json, written by config/module-stats.ts) with the
// module functions in the minified files (`{123: function (e, t, n) {…}}` in webpack's output).

export interface ModuleSize {
  name: string
  file: string
  bytes: number
}

/** Bytes of each module function in a minified webpack file, by module id. */
export function moduleBytes(source: string): Map<string, number> {
  const sizes = new Map<string, number>()
  const ast = parse(source, { ecmaVersion: 'latest', sourceType: 'script' })
  simple(ast, {
    ObjectExpression(node) {
      for (const property of node.properties) {
        if (property.type !== 'Property' || property.key.type !== 'Literal') continue
        const value = property.value
        if (value.type !== 'FunctionExpression' && value.type !== 'ArrowFunctionExpression') continue
        sizes.set(String(property.key.value), value.end - value.start)
      }
    },
  })
  return sizes
}

/** The main package's modules, largest first; `modulesFile` is the build's module list. */
export function mainPackageModules(distDir: string, app: AppJson, modulesFile: string): ModuleSize[] {
  const roots = (app.subPackages ?? []).map((p) => p.root.replace(/\/?$/, '/'))
  const listed: BuiltModule[] = fs.existsSync(modulesFile) ? (JSON.parse(fs.readFileSync(modulesFile, 'utf8')) as BuiltModule[]) : []
  const names = new Map(listed.map((m) => [m.id, m.name]))
  const result: ModuleSize[] = []
  for (const file of listFiles(distDir).filter((f) => f.endsWith('.js'))) {
    const relative = path.relative(distDir, file).split(path.sep).join('/')
    if (roots.some((r) => relative.startsWith(r))) continue
    for (const [id, bytes] of moduleBytes(fs.readFileSync(file, 'utf8'))) {
      result.push({ name: names.get(id) ?? `module ${id}`, file: relative, bytes })
    }
  }
  return result.sort((a, b) => b.bytes - a.bytes)
}

/** A few lines for the test log: the largest modules, then the bytes by folder (src/…, node_modules/<package>). */
export function formatSizeReport(modules: ModuleSize[], top = 25): string {
  const byGroup = new Map<string, number>()
  for (const m of modules) {
    const clean = m.name.replace(/^\.\//, '').replace(/ \+ \d+ modules$/, '')
    const group = clean.startsWith('node_modules/')
      ? clean.split('/').slice(0, clean.split('/')[1].startsWith('@') ? 3 : 2).join('/')
      : clean.split('/').slice(0, 3).join('/')
    byGroup.set(group, (byGroup.get(group) ?? 0) + m.bytes)
  }
  const groups = [...byGroup].sort((a, b) => b[1] - a[1]).slice(0, 15)
  return [
    `largest modules of the main package (minified bytes, of ${modules.reduce((s, m) => s + m.bytes, 0)} in module functions):`,
    ...modules.slice(0, top).map((m) => `  ${String(m.bytes).padStart(7)}  ${m.name}  [${m.file}]`),
    'by folder:',
    ...groups.map(([group, bytes]) => `  ${String(bytes).padStart(7)}  ${group}`),
  ].join('\n')
}
