import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CODE_PATTERN } from '../../gateway/modules/links/codes'
import { assignShortCode, backfillShortCodes } from '../../gateway/modules/links/store'
import { demoPlaces, ENGINES, startGateway, type TestGateway } from './harness'

// Short codes: a mini-program code's scene holds ≤ 32 characters, so every notice, public issue,
// proposal and activity gets an 8-character code — the demo's by the seed, new ones when they are
// made — and shortLink resolves a code to the item; /s/<code> (a QR link) goes to the landing page.

const SHORT_LINK = 'query($c: String!) { shortLink(code: $c) { code kind id } }'

for (const engine of ENGINES) {
  describe(`short codes (${engine.name})`, () => {
    let t: TestGateway
    let resident: string
    beforeAll(async () => {
      t = await startGateway(engine)
      resident = await t.signIn('resident-changbaoe')
    })
    afterAll(() => t?.close())

    it('every demo item has a code of its own, and the code resolves to it', async () => {
      const data = await t.ok<{ notices: { edges: Array<{ node: { id: string; shortCode: string } }> }; proposals: { edges: Array<{ node: { id: string; shortCode: string } }> }; activities: { edges: Array<{ node: { id: string; shortCode: string } }> } }>(
        '{ notices(first: 50) { edges { node { id shortCode } } } proposals(first: 50) { edges { node { id shortCode } } } activities(first: 50) { edges { node { id shortCode } } } }',
        {},
        resident,
      )
      const items = [
        ...data.notices.edges.map((e) => ({ kind: 'NOTICE', ...e.node })),
        ...data.proposals.edges.map((e) => ({ kind: 'PROPOSAL', ...e.node })),
        ...data.activities.edges.map((e) => ({ kind: 'ACTIVITY', ...e.node })),
      ]
      expect(items.length).toBeGreaterThan(5)
      for (const item of items) expect(item.shortCode).toMatch(CODE_PATTERN)
      expect(new Set(items.map((i) => i.shortCode)).size).toBe(items.length)
      for (const item of items.slice(0, 6)) {
        expect((await t.ok<{ shortLink: unknown }>(SHORT_LINK, { c: item.shortCode })).shortLink).toEqual({ code: item.shortCode, kind: item.kind, id: item.id })
      }
    })

    it('a public issue gets its code when it is raised; a private one gets none', async () => {
      const building = (await demoPlaces(t)).building('1号楼').id
      const raise = (isPublic: boolean) =>
        t.ok<{ raiseIssue: { id: string; shortCode: string | null } }>(
          'mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { id shortCode } }',
          { input: { category: 'LIGHTING', title: isPublic ? '2号楼门口路灯坏了' : '我家门口灯坏了', description: '晚上看不清路,麻烦尽快修一下。', buildingId: building, isPublic } },
          resident,
        )
      const open = (await raise(true)).raiseIssue
      expect(open.shortCode).toMatch(CODE_PATTERN)
      expect((await t.ok<{ shortLink: unknown }>(SHORT_LINK, { c: open.shortCode })).shortLink).toEqual({ code: open.shortCode, kind: 'ISSUE', id: open.id })
      expect((await raise(false)).raiseIssue.shortCode).toBeNull()
    })

    it('an unknown or malformed code is NOT_FOUND; a code past 32 characters is refused by the input rules', async () => {
      expect(await t.code(SHORT_LINK, { c: 'zzzzzzzz' })).toBe('NOT_FOUND')
      expect(await t.code(SHORT_LINK, { c: 'NOT-A-CODE' })).toBe('NOT_FOUND')
      expect(await t.code(SHORT_LINK, { c: 'x'.repeat(33) })).toBe('BAD_USER_INPUT')
    })

    it('the same item asked for at once gets one code; the backfill gives codes only to what lacks one', async () => {
      const db = t.gateway.db
      const item = (await db.selectFrom('notices').select('id').executeTakeFirstOrThrow()).id
      await db.deleteFrom('short_codes').where('subject_id', '=', item).execute()
      const codes = await Promise.all(Array.from({ length: 20 }, () => assignShortCode(db, 'Notice', item)))
      expect(new Set(codes).size).toBe(1)
      expect(await db.selectFrom('short_codes').select('code').where('subject_id', '=', item).execute()).toHaveLength(1)
      await db.deleteFrom('short_codes').where('subject_id', '=', item).execute()
      expect(await backfillShortCodes(db)).toBe(1)
      expect(await backfillShortCodes(db)).toBe(0)
    })

    it('GET /s/<code> sends a browser to the landing page with the code as its scene', async () => {
      const code = (await t.gateway.db.selectFrom('short_codes').select('code').executeTakeFirstOrThrow()).code
      const res = await fetch(`${t.url}/s/${code}`, { redirect: 'manual' })
      expect(res.status).toBe(302)
      expect(res.headers.get('location')).toBe(`/#/features/open/pages/index/index?scene=${code}`)
      expect((await fetch(`${t.url}/s/..%2Fetc`, { redirect: 'manual' })).status).toBe(404)
    })
  })
}
