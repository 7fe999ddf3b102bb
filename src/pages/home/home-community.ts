// Which community the home tab opens on.

export interface CommunityChoice {
  id: string
  name: string
}

/** The demo's (and the source story's) community, opened when the viewer has none of their own. */
export const DEFAULT_COMMUNITY_NAME = '东营盘社区'

/** The viewer's home community; else 东营盘社区; else the first there is; null when there are none. */
export function pickHomeCommunity(
  viewerHome: CommunityChoice | null | undefined,
  communities: readonly CommunityChoice[],
): CommunityChoice | null {
  if (viewerHome) return viewerHome
  return communities.find((c) => c.name === DEFAULT_COMMUNITY_NAME) ?? communities[0] ?? null
}
