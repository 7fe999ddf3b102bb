import type { CompiledWxml } from './compile'
import { TAB_BAR_COMPONENT, type PageStack } from './page-stack'
import { bubblePath, bindingFor, eventTarget, findAllByText, findById, outline, textOf, toRendered, walk, type RenderedNode } from './render'
import type { NodeQuery } from './runtime-types'

// What a finger does: find a node on the page wcc draws (by its text or id, or a field by its
// placeholder), deliver the event to the handlers the drawn nodes bind — bubbling as WeChat
// does for taps and touches only — and act on a button's open-type as WeChat itself would.

/** Events that bubble in WeChat; the others (input, change, blur…) reach only their own node. */
const BUBBLING = new Set(['tap', 'longpress', 'longtap', 'touchstart', 'touchmove', 'touchend', 'touchcancel'])

export interface Gestures {
  render(): RenderedNode
  /** The current page's custom tab bar, drawn from its component's data. */
  renderTabBar(): RenderedNode | undefined
  find(query: NodeQuery): RenderedNode
  tapTabBar(query: NodeQuery): void
  /** Runs the tap's handlers with WeChat's "user TAP gesture" on. */
  tap(query: NodeQuery): void
  input(query: NodeQuery, value: string): void
  change(query: NodeQuery, value: unknown): void
  share(from?: 'menu' | 'button'): Record<string, unknown> | undefined
  /** True while a tap's handlers run: requestSubscribeMessage is allowed only then. */
  inTap(): boolean
}

export function createGestures(compiled: CompiledWxml, stack: PageStack): Gestures {
  let tapGesture = false

  function render(): RenderedNode {
    const page = stack.current()
    return toRendered(compiled.render(`${page.route}.wxml`, page.instance.data as Record<string, unknown>))
  }

  function renderTabBar(): RenderedNode | undefined {
    const tabBar = stack.current().tabBar
    if (!tabBar) return undefined
    return toRendered(compiled.render(`${TAB_BAR_COMPONENT}.wxml`, tabBar.instance.data as Record<string, unknown>))
  }

  function find(query: NodeQuery, tree = render()): RenderedNode {
    if (typeof query === 'object' && 'id' in query) {
      const node = findById(tree, query.id)
      if (!node) throw new Error(`no node #${query.id} on ${stack.current().route}:\n${outline(tree)}`)
      return node
    }
    const { text, exact, index } = typeof query === 'string' ? { text: query, exact: false, index: 0 } : { exact: false, index: 0, ...query }
    const found = findAllByText(tree, text, exact)
    const node = found[index ?? 0]
    if (!node) throw new Error(`no node shows ${JSON.stringify(text)} on ${stack.current().route}:\n${outline(tree)}`)
    return node
  }

  /** Delivers an event along the bubbling path; the handlers are the page's, or the tab bar component's methods. */
  function dispatch(node: RenderedNode, type: string, detail: Record<string, unknown>, owner?: Record<string, unknown>) {
    const page = stack.current()
    const steps = BUBBLING.has(type) ? bubblePath(node, type) : (() => {
      const binding = bindingFor(node, type)
      return binding ? [{ node, handler: binding.handler }] : []
    })()
    if (!steps.length) throw new Error(`nothing on ${page.route} handles ${type} on <${node.tag}> "${textOf(node).slice(0, 40)}"`)
    const target = eventTarget(node)
    for (const step of steps) {
      const event = { type, timeStamp: Date.now(), target, currentTarget: eventTarget(step.node), detail, touches: [], changedTouches: [], mark: {} }
      if (owner) {
        const method = owner[step.handler]
        if (typeof method !== 'function') throw new Error(`the tab bar has no method ${step.handler}`)
        ;(method as (e: unknown) => void).call(owner, event)
      } else stack.callOn(page, step.handler, event)
    }
  }

  function share(from: 'menu' | 'button' = 'menu'): Record<string, unknown> | undefined {
    const card = stack.callOn(stack.current(), 'onShareAppMessage', { from }) as Record<string, unknown> | undefined
    return card && (JSON.parse(JSON.stringify(card)) as Record<string, unknown>)
  }

  /** The input or textarea whose placeholder says `text`: how a person finds an empty field. */
  function fieldByPlaceholder(text: string): RenderedNode | undefined {
    for (const n of walk(render())) if ((n.tag === 'input' || n.tag === 'textarea') && String(n.attr.placeholder ?? '').includes(text)) return n
    return undefined
  }

  function formControl(node: RenderedNode): RenderedNode {
    for (const n of walk(node)) if (['input', 'textarea', 'picker', 'switch', 'radio-group', 'checkbox-group', 'slider'].includes(n.tag)) return n
    for (let n = node.parent; n; n = n.parent) if (['picker', 'radio-group', 'checkbox-group', 'switch', 'textarea', 'input'].includes(n.tag)) return n
    return node
  }

  return {
    render,
    renderTabBar,
    find: (query) => find(query),
    tapTabBar(query) {
      const tree = renderTabBar()
      if (!tree) throw new Error(`${stack.current().route} has no custom tab bar`)
      const node = find(query, tree)
      stack.begin(`tap tab bar ${typeof query === 'string' ? query : JSON.stringify(query)}`, stack.current().route)
      tapGesture = true
      try {
        dispatch(node, 'tap', { x: 10, y: 10 }, stack.current().tabBar?.instance)
      } finally {
        tapGesture = false
      }
    },
    share,
    inTap: () => tapGesture,
    tap(query) {
      const node = find(query)
      stack.begin(`tap ${typeof query === 'string' ? query : JSON.stringify(query)}`, stack.current().route)
      tapGesture = true
      try {
        dispatch(node, 'tap', { x: 10, y: 10 })
        // A button's open-type: WeChat itself acts on the tap and tells the button.
        let button: RenderedNode | undefined
        for (let n: RenderedNode | undefined = node; n; n = n.parent) if (n.tag === 'button') { button = n; break }
        const openType = button?.attr.openType
        if (button && openType === 'agreePrivacyAuthorization') dispatch(button, 'agreeprivacyauthorization', {})
        if (button && openType === 'share') share('button')
      } finally {
        tapGesture = false
      }
    },
    input(query, value) {
      const node = (typeof query === 'string' && fieldByPlaceholder(query)) || formControl(find(query))
      stack.begin(`input ${JSON.stringify(query)}`, stack.current().route)
      dispatch(node, 'input', { value, cursor: value.length, keyCode: 0 })
    },
    change(query, value) {
      const node = formControl(find(query))
      stack.begin(`change ${JSON.stringify(query)}`, stack.current().route)
      dispatch(node, 'change', { value })
    },
  }
}
