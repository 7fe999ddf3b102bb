// What a launch by code asks for, from the landing page's query as WeChat passes it:
// - a mini-program code (scenes 1047–1049): `scene`, URL-encoded, holding the item's short code;
// - a QR code of a URL (scenes 1011–1013): `q`, the URL-encoded URL — the gateway's /s/<code>
//   link, or an H5 item link (#/features/…/pages/detail/index?id=…).
// Pure, so the app tests and the weapp harness share it.

export type ItemKind = 'NOTICE' | 'ISSUE' | 'PROPOSAL' | 'ACTIVITY'
export type LaunchTarget = { code: string } | { url: string } | null

const CODE = /^[23456789abcdefghjkmnpqrstuvwxyz]{8}$/
const DETAIL_PAGE = /(features\/(?:notices|issues|consult|activities)\/pages\/detail\/index)\?(?:[^#]*&)?id=([0-9a-f-]{36})/

const decode = (value: string): string => {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

export function launchTarget(query: Record<string, string | undefined>): LaunchTarget {
  const scene = query.scene ? decode(query.scene).trim() : ''
  if (scene) return CODE.test(scene) ? { code: scene } : null
  const q = query.q ? decode(query.q) : ''
  if (!q) return null
  const short = /\/s\/([23456789abcdefghjkmnpqrstuvwxyz]{8})(?:[?#/]|$)/.exec(q)
  if (short) return { code: short[1] }
  const page = DETAIL_PAGE.exec(q)
  return page ? { url: `/${page[1]}?id=${page[2]}` } : null
}

const PAGES: Record<ItemKind, string> = {
  NOTICE: '/features/notices/pages/detail/index',
  ISSUE: '/features/issues/pages/detail/index',
  PROPOSAL: '/features/consult/pages/detail/index',
  ACTIVITY: '/features/activities/pages/detail/index',
}

export const itemPage = (kind: ItemKind, id: string): string => `${PAGES[kind]}?id=${encodeURIComponent(id)}`

/** The poster page of an item (staff): notices, proposals and activities have posters. */
export const posterPage = (kind: 'NOTICE' | 'PROPOSAL' | 'ACTIVITY', id: string): string => `/features/open/pages/poster/index?kind=${kind}&id=${encodeURIComponent(id)}`
