import fs from 'node:fs'
import path from 'node:path'
import type { Compiler } from 'webpack'

/** A module of the build: its id as it appears in the minified files, and its source path. */
export interface BuiltModule {
  id: string
  name: string
}

/**
 * Writes, beside the build folder (never inside it: it is not part of any package), the id and
 * source path of every module. The build test joins it with the minified files to print the
 * largest modules of the main package, so a size regression names its cause.
 */
export class ModuleStatsPlugin {
  constructor(private readonly outFile: string) {}

  apply(compiler: Compiler) {
    compiler.hooks.done.tap('linli-module-stats', (stats) => {
      const json = stats.toJson({ all: false, modules: true, modulesSpace: Infinity, nestedModules: false, ids: true })
      const modules: BuiltModule[] = (json.modules ?? []).flatMap((m) =>
        m.id === null || m.id === undefined ? [] : [{ id: String(m.id), name: String(m.name ?? '') }],
      )
      fs.mkdirSync(path.dirname(this.outFile), { recursive: true })
      fs.writeFileSync(this.outFile, JSON.stringify(modules))
    })
  }
}
