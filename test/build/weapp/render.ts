import type { WxmlChild } from './compile'

// Reading the tree wcc's render function drew: text as a resident would read it, nodes found by
// their text or id, and the handlers WeChat would call when one is tapped or typed into.

export interface RenderedNode {
  /** The component name without wcc's `wx-` prefix: view, text, button, input… */
  tag: string
  attr: Record<string, unknown>
  children: RenderedNode[]
  /** A text node's text; undefined for elements. */
  text?: string
  parent?: RenderedNode
}

export function toRendered(element: WxmlChild, parent?: RenderedNode): RenderedNode {
  if (typeof element === 'string') return { tag: '#text', attr: {}, children: [], text: element, parent }
  const node: RenderedNode = { tag: element.tag.replace(/^wx-/, ''), attr: element.attr ?? {}, children: [], parent }
  node.children = (element.children ?? []).map((child) => toRendered(child, node))
  return node
}

/** What a person reads: text nodes joined, plus the values shown inside inputs and placeholders. */
export function textOf(node: RenderedNode): string {
  if (node.text !== undefined) return node.text
  const own = ['input', 'textarea'].includes(node.tag) ? [node.attr.value, node.attr.placeholder].filter((v) => typeof v === 'string' && v).join(' ') : ''
  return own + node.children.map(textOf).join('')
}

export function* walk(node: RenderedNode): Generator<RenderedNode> {
  yield node
  for (const child of node.children) yield* walk(child)
}

/** Elements in the tree (text nodes not counted), the figure WeChat warns about past 1,000. */
export function countNodes(node: RenderedNode): number {
  let count = 0
  for (const n of walk(node)) if (n.text === undefined) count++
  return count
}

export function findById(root: RenderedNode, id: string): RenderedNode | undefined {
  for (const node of walk(root)) if (node.attr.id === id) return node
  return undefined
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim()

/**
 * The innermost elements whose text contains `text`, the ones a finger lands on; with `exact`
 * the element's whole text must equal it.
 */
export function findAllByText(root: RenderedNode, text: string, exact = false): RenderedNode[] {
  const matches = (n: RenderedNode) => (exact ? normalise(textOf(n)) === normalise(text) : true)
  const found: RenderedNode[] = []
  const visit = (node: RenderedNode) => {
    if (node.text !== undefined || !textOf(node).includes(text)) return
    const before = found.length
    for (const child of node.children) visit(child)
    if (found.length === before && matches(node)) found.push(node)
  }
  visit(root)
  return found
}

/** The handler name WeChat calls for `type` on this node (`bindtap="eh"`), and whether it stops bubbling. */
export function bindingFor(node: RenderedNode, type: string): { handler: string; capture: boolean; stops: boolean } | undefined {
  for (const [prefix, stops] of [['bind', false], ['catch', true], ['bind:', false], ['catch:', true]] as const) {
    const handler = node.attr[`${prefix}${type}`]
    if (typeof handler === 'string' && handler) return { handler, capture: false, stops }
  }
  return undefined
}

/** The node and its ancestors a bubbling event passes through, stopping after a catch binding. */
export function bubblePath(node: RenderedNode, type: string): Array<{ node: RenderedNode; handler: string }> {
  const path: Array<{ node: RenderedNode; handler: string }> = []
  for (let n: RenderedNode | undefined = node; n; n = n.parent) {
    const binding = bindingFor(n, type)
    if (!binding) continue
    path.push({ node: n, handler: binding.handler })
    if (binding.stops) break
  }
  return path
}

/** The target/currentTarget object WeChat puts on an event for a node. */
export function eventTarget(node: RenderedNode): { id: string; dataset: Record<string, unknown> } {
  const dataset: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node.attr)) {
    if (key.startsWith('data-')) dataset[key.slice(5).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = value
  }
  return { id: typeof node.attr.id === 'string' ? node.attr.id : '', dataset }
}

/** An indented outline of the tree, for failure messages. */
export function outline(node: RenderedNode, depth = 0, limit = 400): string {
  const lines: string[] = []
  const visit = (n: RenderedNode, d: number) => {
    if (lines.length >= limit) return
    if (n.text !== undefined) {
      if (n.text.trim()) lines.push(`${'  '.repeat(d)}"${n.text}"`)
      return
    }
    lines.push(`${'  '.repeat(d)}<${n.tag}${n.attr.id ? ` #${String(n.attr.id)}` : ''}>`)
    for (const c of n.children) visit(c, d + 1)
  }
  visit(node, depth)
  return lines.join('\n')
}
