import { Children, isValidElement, type ReactNode } from 'react'

// What a screen reader says for a tappable node. WeChat's reader reads `aria-role` and
// `aria-label` (config/weapp-aria.ts lets Taro's templates carry them); the browser reads `role`
// and `aria-label`. Spread onto the View (or Button) that takes the tap.
export function tapLabel(label: string, role = 'button'): { 'aria-label': string; 'aria-role': string; role: string } {
  return { 'aria-label': label, 'aria-role': role, role }
}

/** The words of a node tree (a button's children), for its label. */
export function textOfChildren(children: ReactNode): string {
  let text = ''
  Children.forEach(children, (child) => {
    if (typeof child === 'string' || typeof child === 'number') text += String(child)
    else if (isValidElement<{ children?: ReactNode }>(child)) text += textOfChildren(child.props.children)
  })
  return text.trim()
}
