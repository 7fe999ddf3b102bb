import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import vm from 'node:vm'
import { listFiles } from '../weapp-bundle'

// WeChat's own WXML compiler (wcc, from the miniprogram-compiler package) turns every .wxml and
// .wxs of dist/weapp into one script defining $gwx(file), the render function the WebView runs.
// Calling it with a page's data gives the node tree WeChat would draw.

/** A node of the tree $gwx returns once its virtual nodes (blocks, templates) are flattened. */
export interface WxmlElement {
  tag: string
  attr: Record<string, unknown>
  children: WxmlChild[]
}
export type WxmlChild = WxmlElement | string

export interface CompiledWxml {
  /** The tree of `file` (e.g. `pages/home/index.wxml`) for `data`, custom `comp` nodes expanded. */
  render(file: string, data: Record<string, unknown>): WxmlElement
  /** Warnings wcc's runtime printed (a template not found, an import missing). */
  warnings: string[]
}

const root = path.resolve(__dirname, '..', '..', '..')

/**
 * npm does not keep the binary's executable bit, so the harness runs its own copy. The copy is
 * per process because several test workers may start at once.
 */
function wccBinary(): string {
  const source = path.join(root, 'node_modules', 'miniprogram-compiler', 'bin', 'linux', 'wcc')
  const dir = path.join(os.tmpdir(), `linli-wcc-${process.pid}`)
  const target = path.join(dir, 'wcc')
  if (!fs.existsSync(target)) {
    fs.mkdirSync(dir, { recursive: true })
    fs.copyFileSync(source, target)
    fs.chmodSync(target, 0o755)
  }
  return target
}

interface ComponentJson {
  usingComponents?: Record<string, string>
}

/** Runs wcc over the bundle as WeChat DevTools does: every template, every wxs, the custom components each uses. */
export function compileWithWcc(distDir: string): string {
  const files = listFiles(distDir).map((f) => path.relative(distDir, f).split(path.sep).join('/'))
  const wxml = files.filter((f) => f.endsWith('.wxml')).sort()
  const wxs = files.filter((f) => f.endsWith('.wxs')).sort()
  const components: string[] = []
  let withComponents = 0
  for (const file of wxml) {
    const jsonFile = path.join(distDir, file.replace(/\.wxml$/, '.json'))
    if (!fs.existsSync(jsonFile)) continue
    const names = Object.keys((JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as ComponentJson).usingComponents ?? {})
    if (!names.length) continue
    withComponents++
    components.push(file, String(names.length), ...names)
  }
  const args = ['-d', '-cc', [withComponents, ...components].join(' '), ...wxml, ...wxs, '-gn', '$gwx']
  const result = spawnSync(wccBinary(), args, { cwd: distDir, maxBuffer: 256 * 1024 * 1024 })
  if (result.error) throw result.error
  if (result.status !== 0) throw new Error(`wcc exited with ${result.status}: ${result.stderr.toString()}`)
  return result.stdout.toString()
}

type Gwx = (file: string) => ((data: Record<string, unknown>, dd: Record<string, unknown>, global: Record<string, unknown>) => WxmlElement) | undefined

const compiled = new Map<string, { source: string; stamp: number }>()

export function compileWxml(distDir: string): CompiledWxml {
  const stamp = fs.statSync(path.join(distDir, 'app.json')).mtimeMs
  let entry = compiled.get(distDir)
  if (!entry || entry.stamp !== stamp) {
    entry = { source: compileWithWcc(distDir), stamp }
    compiled.set(distDir, entry)
  }
  const warnings: string[] = []
  const consoleStub = { warn: (m: unknown) => warnings.push(String(m)), log: (m: unknown) => warnings.push(String(m)), error: (m: unknown) => warnings.push(String(m)) }
  // The WebView globals the generated code touches; no __webview_engine_version__, so $gwx
  // returns the flattened tree (virtual nodes spliced into their parents).
  const context = vm.createContext({ window: {}, console: consoleStub })
  new vm.Script(entry.source, { filename: 'wcc-output.js' }).runInContext(context)
  const gwx = context.$gwx as Gwx
  // Built-ins of a vm context are not properties of its global object: fetch its JSON.parse.
  const parseInContext = new vm.Script('JSON.parse').runInContext(context) as (text: string) => unknown

  function renderFile(file: string, data: Record<string, unknown>): WxmlElement {
    const generate = gwx(file)
    if (!generate) throw new Error(`wcc compiled no template ${file}`)
    // wcc's runtime copies data for wxs calls by checking constructors, so the data must be
    // made of this context's own Object and Array, as in the WebView.
    const own = parseInContext(JSON.stringify(data)) as Record<string, unknown>
    return generate(own, {}, {})
  }

  // Taro's templates nest 15 levels deep, then hand the subtree to its custom component `comp`
  // with properties i and l; WeChat renders comp.wxml with them in a shadow tree of its own.
  function expand(node: WxmlElement): WxmlElement {
    if (node.tag === 'wx-comp') {
      const shadow = renderFile('comp.wxml', { i: node.attr.i, l: node.attr.l })
      return { tag: 'wx-comp', attr: node.attr, children: shadow.children.map((c) => (typeof c === 'string' ? c : expand(c))) }
    }
    return { tag: node.tag, attr: node.attr, children: (node.children ?? []).map((c) => (typeof c === 'string' ? c : expand(c))) }
  }

  return { render: (file, data) => expand(renderFile(file, data)), warnings }
}
