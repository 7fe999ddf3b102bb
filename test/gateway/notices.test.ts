import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

const LIST = `query($c: ID, $cat: NoticeCategory, $s: String, $first: Int, $after: String) {
  notices(communityId: $c, category: $cat, search: $s, first: $first, after: $after) {
    edges { cursor node { id title category pinned summary readCount acknowledgedCount viewerHasRead viewerHasAcknowledged requiresAck publishedAt } }
    pageInfo { hasNextPage endCursor } } }`
const ONE = `query($id: ID!) { notice(id: $id) { id title body readCount acknowledgedCount viewerHasRead viewerHasAcknowledged requiresAck viewerCanEdit status } }`
const PUBLISH = `mutation($input: PublishNoticeInput!) { publishNotice(input: $input) { id title body summary category pinned requiresAck status compound { name } } }`

describe.each(ENGINES)('notices on $name', (engine) => {
  let t: TestGateway
  let places: Awaited<ReturnType<typeof demoPlaces>>
  let admin: string
  beforeAll(async () => {
    t = await startGateway(engine)
    places = await demoPlaces(t)
    admin = await t.signIn('admin-dongyingpan')
  })
  afterAll(() => t?.close())

  it('lists visible notices signed out: pinned first, then newest, paged by cursor without repeats', async () => {
    const all = (await t.ok(LIST, { first: 100 })).notices.edges.map((e: any) => e.node)
    expect(all.length).toBeGreaterThanOrEqual(8)
    expect(all.map((n: any) => n.title)).not.toContain('众望小区居民公约(修订稿)') // compound-only: residents of 众望小区
    const pinnedFlags = all.map((n: any) => n.pinned)
    expect(pinnedFlags).toEqual([...pinnedFlags].sort((a: boolean, b: boolean) => Number(b) - Number(a)))
    const unpinned = all.filter((n: any) => !n.pinned).map((n: any) => n.publishedAt)
    expect(unpinned).toEqual([...unpinned].sort().reverse())
    const seen: string[] = []
    let after: string | null = null
    for (;;) {
      const page: any = (await t.ok(LIST, { first: 3, after })).notices
      seen.push(...page.edges.map((e: any) => e.node.id))
      if (!page.pageInfo.hasNextPage) break
      after = page.pageInfo.endCursor
    }
    expect(seen).toEqual(all.map((n: any) => n.id))
    expect(await t.code(LIST, { first: 101 })).toBe('BAD_USER_INPUT')
    expect(await t.code(LIST, { after: 'garbage' })).toBe('BAD_USER_INPUT')
  })

  it('keeps a pinned integrity-culture notice above a newer pinned one of another category, across pages', async () => {
    const UPDATE = 'mutation($id: ID!, $input: UpdateNoticeInput!) { updateNotice(id: $id, input: $input) { pinned } }'
    const { publishNotice: newer } = await t.ok(PUBLISH, { input: { communityId: places.dongyingpan.id, category: 'SAFETY_TIP', title: '寒潮来袭注意保暖', body: '<p>今晚降温</p>', requiresAck: false } }, admin)
    await t.ok(UPDATE, { id: newer.id, input: { pinned: true } }, admin)
    const all = (await t.ok(LIST, { c: places.dongyingpan.id, first: 100 })).notices.edges.map((e: any) => e.node)
    const pinned = all.filter((n: any) => n.pinned)
    expect(pinned.length).toBeGreaterThanOrEqual(2)
    expect(pinned[0].category).toBe('INTEGRITY_CULTURE')
    const firstOther = all.findIndex((n: any) => n.pinned && n.category !== 'INTEGRITY_CULTURE')
    expect(all[firstOther].id).toBe(newer.id) // the newest of the other pinned ones
    expect(all.slice(0, firstOther).every((n: any) => n.pinned && n.category === 'INTEGRITY_CULTURE')).toBe(true)
    expect(all.slice(firstOther).some((n: any) => n.pinned && n.category === 'INTEGRITY_CULTURE')).toBe(false)
    const seen: string[] = []
    for (let after: string | null = null; ; ) {
      const page: any = (await t.ok(LIST, { c: places.dongyingpan.id, first: 1, after })).notices
      seen.push(...page.edges.map((e: any) => e.node.id))
      if (!page.pageInfo.hasNextPage) break
      after = page.pageInfo.endCursor
    }
    expect(seen).toEqual(all.map((n: any) => n.id))
    await t.ok('mutation($id: ID!) { withdrawNotice(id: $id) { status } }', { id: newer.id }, admin)
  })

  it('filters by community and category, integrity culture included', async () => {
    const { notices } = await t.ok(LIST, { c: places.dongyingpan.id, cat: 'INTEGRITY_CULTURE' })
    expect(notices.edges.length).toBeGreaterThanOrEqual(2)
    expect(notices.edges.every((e: any) => e.node.category === 'INTEGRITY_CULTURE')).toBe(true)
  })

  it('finds Chinese words, two-character words included, in titles and bodies', async () => {
    const titles = async (s: string) => (await t.ok(LIST, { s, first: 100 })).notices.edges.map((e: any) => e.node.title)
    const lianjie = await titles('廉洁')
    expect(lianjie.length).toBeGreaterThanOrEqual(3)
    expect(lianjie).toContain('"纽扣画 精彩\'廉\'年":桥南园社区手工纽扣画活动回顾') // 廉洁 only in the body
    expect(await titles('燃气报警器')).toEqual(['商户安全提醒:燃气报警器必须安装'])
    expect(await titles('安全')).toEqual(expect.arrayContaining(['安全隐患排查:消防通道请勿堵塞', '冬季巡河:远离冰面,注意安全']))
    expect(await titles('艾草锤子')).toEqual(['庆元旦手工DIY:一起做艾草锤子'])
    expect(await titles('diy')).toEqual(['庆元旦手工DIY:一起做艾草锤子'])
    expect(await titles('不存在的词语')).toEqual([])
    expect(await titles('100%_')).toEqual([])
  })

  it('records reads once per person without side effects on lookup, and counts acknowledgements', async () => {
    const { notices } = await t.ok(LIST, { c: places.dongyingpan.id, cat: 'INTEGRITY_CULTURE', first: 50 })
    const target = notices.edges.map((e: any) => e.node).find((n: any) => n.requiresAck)
    const before = (await t.ok(ONE, { id: target.id })).notice
    const resident = await t.signIn('resident-changbaoe')
    await t.ok(ONE, { id: target.id }, resident)
    expect((await t.ok(ONE, { id: target.id })).notice.readCount).toBe(before.readCount) // lookup has no side effect
    const read = (await t.ok('mutation($id: ID!) { markNoticeRead(id: $id) { readCount viewerHasRead } }', { id: target.id }, resident)).markNoticeRead
    expect(read).toEqual({ readCount: before.readCount + 1, viewerHasRead: true })
    await t.ok('mutation($id: ID!) { markNoticeRead(id: $id) { id } }', { id: target.id }, resident)
    const ACK = 'mutation($id: ID!) { acknowledgeNotice(id: $id) { acknowledgedCount viewerHasAcknowledged readCount } }'
    expect(await t.code(ACK, { id: target.id })).toBe('UNAUTHENTICATED')
    const acked = (await t.ok(ACK, { id: target.id }, resident)).acknowledgeNotice
    expect(acked).toEqual({ acknowledgedCount: before.acknowledgedCount + 1, viewerHasAcknowledged: true, readCount: before.readCount + 1 })
    expect((await t.ok(ACK, { id: target.id }, resident)).acknowledgeNotice).toEqual(acked) // idempotent
    const plain = (await t.ok(LIST, { cat: 'SAFETY_TIP' })).notices.edges[0].node
    expect(await t.code(ACK, { id: plain.id }, resident)).toBe('CONFLICT')
    expect(await t.code(ACK, { id: 'not-an-id' }, resident)).toBe('NOT_FOUND')
    expect((await t.ok(ONE, { id: 'not-an-id' })).notice).toBeNull()
  })

  it('counts many acknowledgements at once exactly', async () => {
    const { notices } = await t.ok(LIST, { s: '财务收支公开' })
    const id = notices.edges[0].node.id
    const before = (await t.ok(ONE, { id })).notice.acknowledgedCount
    const tokens = await Promise.all(Array.from({ length: 12 }, (_, i) => t.signIn(`resident-burst-${i}`)))
    await Promise.all(tokens.flatMap((tok) => [tok, tok].map((x) => t.ok('mutation($id: ID!) { acknowledgeNotice(id: $id) { id } }', { id }, x))))
    expect((await t.ok(ONE, { id })).notice.acknowledgedCount).toBe(before + 12)
  })

  it('shows compound notices to its residents and staff, and the acknowledgement list by building to staff only', async () => {
    const covenant = '众望小区居民公约(修订稿)'
    const resident = await t.signIn('resident-changbaoe')
    const mine = (await t.ok(LIST, { s: '居民公约' }, resident)).notices.edges.map((e: any) => e.node)
    expect(mine.map((n: any) => n.title)).toContain(covenant)
    const outsider = await t.signIn('resident-outsider')
    expect((await t.ok(LIST, { s: '居民公约' }, outsider)).notices.edges).toEqual([])
    const id = mine.find((n: any) => n.title === covenant).id
    expect((await t.ok(ONE, { id }, outsider)).notice).toBeNull()
    await t.ok('mutation($id: ID!) { acknowledgeNotice(id: $id) { id } }', { id }, resident)
    const REPORT = `query($id: ID!) { notice(id: $id) { acknowledgementsByBuilding { building { name } acknowledged { displayName } pending { displayName } } } }`
    const report = (await t.ok(REPORT, { id }, admin)).notice.acknowledgementsByBuilding
    expect(report.map((g: any) => g.building.name)).toEqual(['1号楼', '2号楼', '3号楼', '4号楼', '5号楼', '6号楼'])
    expect(report[0].acknowledged).toEqual([{ displayName: '常阿姨' }])
    expect(report[1].pending).toEqual([{ displayName: '王大爷' }])
    expect((await t.gql(REPORT, { id }, resident)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
  })

  it('lets staff in scope publish, edit and withdraw, with the body sanitised and each act audited', async () => {
    const input = {
      communityId: places.dongyingpan.id, category: 'INTEGRITY_CULTURE', title: '廉洁家风故事会', requiresAck: true,
      body: '<p onclick="x()">讲好<strong>廉洁</strong>家风故事<script>alert(1)</script></p><a href="javascript:alert(1)">链接</a><img src="javascript:x">',
    }
    expect(await t.code(PUBLISH, { input })).toBe('UNAUTHENTICATED')
    expect(await t.code(PUBLISH, { input }, await t.signIn('resident-changbaoe'))).toBe('FORBIDDEN')
    expect(await t.code(PUBLISH, { input }, await t.signIn('admin-quanxi'))).toBe('FORBIDDEN')
    expect(await t.code(PUBLISH, { input: { ...input, title: '' } }, admin)).toBe('BAD_USER_INPUT')
    expect(await t.code(PUBLISH, { input: { ...input, communityId: 'nope' } }, admin)).toBe('NOT_FOUND')
    const { publishNotice: n } = await t.ok(PUBLISH, { input }, admin)
    expect(n.body).toBe('<p>讲好<strong>廉洁</strong>家风故事</p>链接')
    expect(n).toMatchObject({ summary: '讲好廉洁家风故事 链接', status: 'PUBLISHED', requiresAck: true, compound: null })
    expect((await t.ok(LIST, { s: '家风' })).notices.edges.map((e: any) => e.node.id)).toEqual([n.id])

    const steward = await t.signIn('steward-zhongwang')
    const compoundOnly = (await t.ok(PUBLISH, { input: { ...input, title: '楼道清理通知', compoundId: places.zhongwang.id, category: 'ANNOUNCEMENT' } }, steward)).publishNotice
    expect(compoundOnly.compound).toEqual({ name: '众望小区' })
    expect(await t.code(PUBLISH, { input: { ...input, title: '全社区通知' } }, steward)).toBe('FORBIDDEN')

    const UPDATE = 'mutation($id: ID!, $input: UpdateNoticeInput!) { updateNotice(id: $id, input: $input) { title pinned } }'
    expect(await t.code(UPDATE, { id: n.id, input: { title: '改' } }, steward)).toBe('FORBIDDEN')
    expect((await t.ok(UPDATE, { id: n.id, input: { title: '廉洁家风故事会(第二期)', pinned: true } }, admin)).updateNotice).toEqual({ title: '廉洁家风故事会(第二期)', pinned: true })
    expect((await t.ok(LIST, { s: '第二期' })).notices.edges.length).toBe(1)
    await t.ok('mutation($id: ID!) { withdrawNotice(id: $id) { status } }', { id: n.id }, admin)
    expect((await t.ok(ONE, { id: n.id })).notice).toBeNull()
    expect((await t.ok(ONE, { id: n.id }, admin)).notice.status).toBe('WITHDRAWN')
    expect(await t.code(UPDATE, { id: n.id, input: { title: '改一下' } }, await t.signIn('resident-changbaoe'))).toBe('NOT_FOUND')
    const audit = await t.ok('query($c: ID!) { auditLog(communityId: $c, first: 50) { edges { node { action subjectId } } } }', { c: places.dongyingpan.id }, admin)
    const acts = audit.auditLog.edges.filter((e: any) => e.node.subjectId === n.id).map((e: any) => e.node.action)
    expect(acts).toEqual(['notice.withdraw', 'notice.update', 'notice.publish'])
    expect(await t.code('query($c: ID!) { auditLog(communityId: $c) { edges { node { id } } } }', { c: places.dongyingpan.id }, steward)).toBe('FORBIDDEN')
  })

  it('expires notices for residents and reports unread counts', async () => {
    const resident = await t.signIn('resident-unread-counter')
    const count = async () => (await t.ok('query($c: ID) { unreadNoticeCount(communityId: $c) }', { c: places.dongyingpan.id }, resident)).unreadNoticeCount
    const start = await count()
    expect(start).toBeGreaterThan(0)
    const soon = new Date(Date.now() + 1500).toISOString()
    const { publishNotice: n } = await t.ok(PUBLISH, { input: { communityId: places.dongyingpan.id, category: 'SAFETY_TIP', title: '今晚停水提醒', body: '<p>今晚 22 点停水</p>', expiresAt: soon } }, admin)
    expect(await count()).toBe(start + 1)
    await t.ok('mutation($id: ID!) { markNoticeRead(id: $id) { id } }', { id: n.id }, resident)
    expect(await count()).toBe(start)
    await new Promise((r) => setTimeout(r, 1600))
    expect((await t.ok(ONE, { id: n.id }, resident)).notice).toBeNull()
    expect((await t.ok(ONE, { id: n.id }, admin)).notice.title).toBe('今晚停水提醒')
    expect(await t.code(PUBLISH, { input: { communityId: places.dongyingpan.id, category: 'SAFETY_TIP', title: '过去', body: '<p>x</p>', expiresAt: '2020-01-01T00:00:00Z' } }, admin)).toBe('BAD_USER_INPUT')
  })

  it('runs the same number of SQL statements for a page of 2 as for a page of 20', async () => {
    const resident = await t.signIn('resident-changbaoe')
    for (let i = 0; i < 20; i++) {
      await t.ok(PUBLISH, { input: { communityId: places.dongyingpan.id, category: 'ANNOUNCEMENT', title: `楼道通知 ${i + 1}`, body: `<p>第 ${i + 1} 条</p>` } }, admin)
    }
    const FULL = `query($first: Int) { notices(first: $first) { edges { node { id title readCount acknowledgedCount viewerHasRead viewerHasAcknowledged viewerCanEdit cover { url } community { name street { name } } compound { name } } } } }`
    const statements = async (first: number) => {
      const { statements, result: data } = await t.statementsOf(() => t.ok(FULL, { first }, resident))
      expect(data.notices.edges.length).toBe(first)
      return statements
    }
    expect(await statements(20)).toBe(await statements(2))
  })

  it('answers a page with its counts and the viewer\'s marks in one statement once the viewer is known', async () => {
    const resident = await t.signIn('resident-one-statement')
    const LIST = `{ notices(first: 20) { edges { node { id readCount acknowledgedCount viewerHasRead viewerHasAcknowledged } } } }`
    const first = (await t.ok(LIST, {}, resident)).notices.edges.map((e: any) => e.node)
    await t.ok('mutation($id: ID!) { markNoticeRead(id: $id) { id } }', { id: first[1].id }, resident)
    await t.ok(LIST, {}, resident)
    const before = t.statements()
    const again = (await t.ok(LIST, {}, resident)).notices.edges.map((e: any) => e.node)
    expect(t.statements() - before).toBe(1)
    // The figures are the real ones: the read just made shows in the count and in the viewer's mark.
    const read = again.find((n: any) => n.id === first[1].id)
    expect(read.viewerHasRead).toBe(true)
    expect(read.readCount).toBe(first[1].readCount + (first[1].viewerHasRead ? 0 : 1))
    expect(again.filter((n: any) => n.viewerHasRead).map((n: any) => n.id)).toEqual([first[1].id])
  })

  it('gives a listed notice its body when asked (the list leaves bodies out), the same as the notice alone, in as many statements for 20 as for 2', async () => {
    const resident = await t.signIn('resident-list-bodies')
    const WITH_BODY = `query($first: Int) { notices(first: $first) { edges { node { id body } } } }`
    const statements = async (first: number) => {
      const { statements, result: data } = await t.statementsOf(() => t.ok(WITH_BODY, { first }, resident))
      return { count: statements, nodes: data.notices.edges.map((e: any) => e.node) }
    }
    const two = await statements(2)
    const twenty = await statements(20)
    expect(twenty.nodes).toHaveLength(20)
    expect(twenty.count).toBe(two.count)
    for (const node of twenty.nodes.slice(0, 3)) {
      expect(node.body.length).toBeGreaterThan(0)
      expect(node.body).toBe((await t.ok(ONE, { id: node.id }, resident)).notice.body)
    }
  })
})
