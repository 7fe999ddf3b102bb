import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_ACTIVITIES } from '../../gateway/db/seed/activities'
import { DEMO_NOTICES } from '../../gateway/db/seed/notices'
import { DEMO_COMMUNITIES } from '../../gateway/db/seed/structure'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

// The demo ships real cover pictures: every demo activity and the notices that name one carry a
// cover stored through the media module, which a signed-out visitor can open by its signed URL.

const COVER_MAX_BYTES = 40 * 1024

describe.each(ENGINES)('demo covers on $name', (engine) => {
  let t: TestGateway
  let communityIds: string[]
  beforeAll(async () => {
    t = await startGateway(engine)
    const places = await demoPlaces(t)
    communityIds = DEMO_COMMUNITIES.map((c) => places.community(c.name).id)
  })
  afterAll(() => t?.close())

  const fetchCover = async (url: string) => {
    const res = await fetch(url)
    const bytes = new Uint8Array(await res.arrayBuffer())
    return { status: res.status, type: res.headers.get('content-type'), bytes }
  }

  it('every demo activity has a JPEG cover of at most 40 KB that a visitor can load', async () => {
    type Page = { activities: { edges: { node: { title: string; cover: { url: string | null } | null } }[] } }
    const pages = await Promise.all(communityIds.map((id) => t.ok<Page>('query($id: ID!) { activities(filter: { communityId: $id }, first: 50) { edges { node { title cover { url } } } } }', { id })))
    const byTitle = new Map(pages.flatMap((p) => p.activities.edges).map((e) => [e.node.title, e.node.cover]))
    for (const activity of DEMO_ACTIVITIES) {
      const cover = byTitle.get(activity.title)
      expect(cover?.url, activity.title).toMatch(/^http/)
      const file = await fetchCover(cover!.url!) // asserted a URL just above
      expect(file.status).toBe(200)
      expect(file.type).toBe('image/jpeg')
      expect([...file.bytes.slice(0, 3)]).toEqual([0xff, 0xd8, 0xff])
      expect(file.bytes.length).toBeLessThanOrEqual(COVER_MAX_BYTES)
    }
  })

  it('the demo notices that name a cover have it, and the others have none (a resident of 众望小区 sees them all)', async () => {
    const resident = await t.signIn('resident-changbaoe')
    type Page = { notices: { edges: { node: { title: string; cover: { url: string | null } | null } }[] } }
    const pages = await Promise.all(communityIds.map((id) => t.ok<Page>('query($id: ID!) { notices(communityId: $id, first: 50) { edges { node { title cover { url } } } } }', { id }, resident)))
    const byTitle = new Map(pages.flatMap((p) => p.notices.edges).map((e) => [e.node.title, e.node.cover]))
    const withCover = DEMO_NOTICES.filter((n) => n.cover)
    expect(withCover.length).toBeGreaterThanOrEqual(8)
    for (const notice of DEMO_NOTICES) {
      const cover = byTitle.get(notice.title)
      if (!notice.cover) {
        expect(cover, notice.title).toBeNull()
        continue
      }
      expect(cover?.url, notice.title).toMatch(/^http/)
      const file = await fetchCover(cover!.url!) // asserted a URL just above
      expect(file.status).toBe(200)
      expect(file.bytes.length).toBeLessThanOrEqual(COVER_MAX_BYTES)
    }
  })
})
