// The mini-program's chrome is WeChat's own (its navigation bar, its page loading): nothing to draw.
export function PageTitleBar(): null {
  return null
}

export function RouteLoading(): null {
  return null
}
