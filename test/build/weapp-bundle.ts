import fs from 'node:fs'
import path from 'node:path'

// Reading the built weapp bundle: its app.json and the size of each package.

export interface AppJson {
  pages: string[]
  subPackages?: Array<{ root: string; pages: string[] }>
  tabBar?: { list: Array<{ pagePath: string; text: string }> }
}

export function readAppJson(distDir: string): AppJson {
  return JSON.parse(fs.readFileSync(path.join(distDir, 'app.json'), 'utf8')) as AppJson
}

export function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
}

/** Bytes per package: each subpackage is its root folder; the main package is everything else. */
export function packageSizes(distDir: string, app: AppJson): { main: number; subPackages: Record<string, number> } {
  const roots = (app.subPackages ?? []).map((p) => p.root.replace(/\/?$/, '/'))
  const subPackages: Record<string, number> = Object.fromEntries(roots.map((r) => [r, 0]))
  let main = 0
  for (const file of listFiles(distDir)) {
    const relative = path.relative(distDir, file).split(path.sep).join('/')
    // DevTools' own project file is not uploaded as part of a package.
    if (relative === 'project.config.json') continue
    const size = fs.statSync(file).size
    const root = roots.find((r) => relative.startsWith(r))
    if (root) subPackages[root] += size
    else main += size
  }
  return { main, subPackages }
}
