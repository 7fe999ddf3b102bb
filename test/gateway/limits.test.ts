import { GraphQLError } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDatabaseLimiter } from '../../gateway/lib/limiter'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

// Per-person write limits (token buckets in the database), and who may post a public issue where.

const RAISE = 'mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }'
const NOTE = 'mutation($id: ID!) { addIssueNote(id: $id, note: "已联系电工,明天上午来修") { id } }'
const COMMENT = 'mutation($p: ID!, $b: String!) { addComment(input: { proposalId: $p, body: $b }) { id } }'
const CLAIM = 'mutation($b: ID!, $r: String!) { claimHousehold(input: { buildingId: $b, unit: "1", room: $r, areaM2: 80 }) { id } }'
const PROPOSE = 'mutation($c: ID!) { createProposal(input: { compoundId: $c, title: "楼下增设长椅", background: "老人等车没处坐", question: "要不要放长椅?", matter: ADVISORY, ballotKind: YES_NO_ABSTAIN }) { id } }'
const SUPPORT = 'mutation($id: ID!) { supportIssue(id: $id) { id } }'
const LIMITS = {
  RATE_LIMIT_ISSUES_PER_HOUR: '3', RATE_LIMIT_COMMENTS_PER_HOUR: '3', RATE_LIMIT_CLAIMS_PER_DAY: '2',
  RATE_LIMIT_PROPOSALS_PER_DAY: '2', RATE_LIMIT_SUPPORTS_PER_MINUTE: '2', RATE_LIMIT_UPLOADS_PER_MINUTE: '2',
}
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

describe.each(ENGINES)('write limits ($name)', (engine) => {
  let t: TestGateway
  let places: Awaited<ReturnType<typeof demoPlaces>>
  const issueInput = (overrides: Record<string, unknown> = {}) => ({
    category: 'LIGHTING', title: '楼道灯不亮', description: '晚上很黑', buildingId: places.building('1号楼').id, isPublic: false, ...overrides,
  })
  /** Codes of the calls in order (undefined: it went through). */
  const codes = async (calls: (() => Promise<string | undefined>)[]) => {
    const out: (string | undefined)[] = []
    for (const call of calls) out.push(await call())
    return out
  }
  beforeAll(async () => {
    t = await startGateway(engine, LIMITS)
    places = await demoPlaces(t)
  })
  afterAll(() => t?.close())

  it('refuses the issue after the limit from one person, with RATE_LIMITED saying when to retry; a neighbour is unaffected', async () => {
    const [hasty, neighbour] = await Promise.all([t.signIn('resident-changbaoe'), t.signIn('resident-zhongwang-2')])
    const raised = await codes(times(4, () => () => t.code(RAISE, { input: issueInput({ isPublic: true }) }, hasty)))
    expect(raised).toEqual([undefined, undefined, undefined, 'RATE_LIMITED'])
    const error = (await t.gql(RAISE, { input: issueInput() }, hasty)).errors?.[0]
    // 3 an hour: the next token comes after 20 minutes.
    expect(error?.message).toMatch(/^操作太频繁,请 20 分钟后再试$/)
    expect(error?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'issue' })
    expect(Number(error?.extensions?.retryAfterSeconds)).toBeGreaterThan(1190)
    expect(Number(error?.extensions?.retryAfterSeconds)).toBeLessThanOrEqual(1200)
    expect(await t.code(RAISE, { input: issueInput({ buildingId: places.building('2号楼').id }) }, neighbour)).toBeUndefined()
  })

  it('lets exactly the limit through when one person sends 50 at once', async () => {
    const burst = await t.signIn('resident-burst')
    const results = await Promise.all(times(50, (i) => t.code(RAISE, { input: issueInput({ title: `连发 ${i}` }) }, burst)))
    expect(results.filter((c) => c === undefined)).toHaveLength(3)
    expect(results.filter((c) => c === 'RATE_LIMITED')).toHaveLength(47)
    const stored = await t.gateway.db.selectFrom('issues').select('id').where('title', 'like', '连发 %').execute()
    expect(stored).toHaveLength(3)
  })

  it('limits comments: issue notes by staff and proposal comments by residents', async () => {
    const [grid1, talker, other] = await Promise.all([t.signIn('grid-zhongwang-1'), t.signIn('resident-zhongwang-3'), t.signIn('resident-zhongwang-2')])
    const { raiseIssue: issue } = await t.ok<{ raiseIssue: { id: string } }>(RAISE, { input: issueInput() }, await t.signIn('resident-noted'))
    expect(await codes(times(4, () => () => t.code(NOTE, { id: issue.id }, grid1)))).toEqual([undefined, undefined, undefined, 'RATE_LIMITED'])
    const { proposals } = await t.ok<{ proposals: { edges: { node: { id: string; stage: string } }[] } }>('{ proposals { edges { node { id stage } } } }', {}, talker)
    const proposal = proposals.edges.find((e) => e.node.stage === 'DISCUSSION')!.node // the demo data has one in discussion
    const said = await codes(times(4, (i) => () => t.code(COMMENT, { p: proposal.id, b: `第 ${i + 1} 条意见` }, talker)))
    expect(said).toEqual([undefined, undefined, undefined, 'RATE_LIMITED'])
    expect(await t.code(COMMENT, { p: proposal.id, b: '我也说一句' }, other)).toBeUndefined()
  })

  it('limits household claims and proposals per person', async () => {
    const claimer = await t.signIn('resident-claimer')
    const claims = await codes(times(3, (i) => () => t.code(CLAIM, { b: places.building('5号楼').id, r: `${i + 1}01` }, claimer)))
    expect(claims).toEqual([undefined, undefined, 'RATE_LIMITED'])
    expect(await t.code(CLAIM, { b: places.building('5号楼').id, r: '901' }, await t.signIn('resident-claimer-2'))).toBeUndefined()
    const author = await t.signIn('resident-changbaoe')
    expect(await codes(times(3, () => () => t.code(PROPOSE, { c: places.zhongwang.id }, author)))).toEqual([undefined, undefined, 'RATE_LIMITED'])
  })

  it('limits "me too" bursts', async () => {
    const staff = await t.signIn('grid-zhongwang-1') // raises for residents; its notes above used the comment bucket, not this one
    const ids: string[] = []
    for (let i = 0; i < 3; i++) {
      const input = issueInput({ isPublic: true, buildingId: places.building('2号楼').id, title: `电梯异响 ${i}`, onBehalfName: '王大爷' })
      ids.push((await t.ok<{ raiseIssue: { id: string } }>(RAISE, { input }, staff)).raiseIssue.id)
    }
    const fan = await t.signIn('resident-zhongwang-3')
    expect(await codes(ids.map((id) => () => t.code(SUPPORT, { id }, fan)))).toEqual([undefined, undefined, 'RATE_LIMITED'])
  })

  it('limits co-sign bursts (the bucket of 我也遇到)', async () => {
    const [author, committee, cosigner] = await Promise.all(['resident-zhongwang-3', 'committee-zhongwang', 'resident-zhongwang-2'].map((h) => t.signIn(h)))
    const ids: string[] = []
    for (const who of [author, author, committee]) {
      const { createProposal: p } = await t.ok<{ createProposal: { id: string } }>(PROPOSE, { c: places.zhongwang.id }, who)
      await t.ok('mutation($id: ID!) { submitProposal(id: $id) { stage } }', { id: p.id }, who)
      ids.push(p.id)
    }
    const cosign = (id: string) => () => t.code('mutation($id: ID!) { cosignProposal(id: $id) { id } }', { id }, cosigner)
    expect(await codes(ids.map(cosign))).toEqual([undefined, undefined, 'RATE_LIMITED'])
  })

  it('limits uploads with 429 RATE_LIMITED, a Chinese retry message and Retry-After', async () => {
    const token = await t.signIn('resident-uploader')
    const upload = async () => {
      const form = new FormData()
      form.append('file', new Blob([PNG], { type: 'image/png' }), 'p.png')
      const res = await fetch(`${t.url}/media`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } })
      return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as { error?: { code: string; message: string } } }
    }
    const answers = [await upload(), await upload(), await upload()]
    expect(answers.map((a) => a.status)).toEqual([201, 201, 429])
    expect(answers[2]!.body.error).toEqual({ code: 'RATE_LIMITED', message: '操作太频繁,请 30 秒后再试' })
    expect(answers[2]!.retryAfter).toBe('30')
  })
})

describe.each(ENGINES)('public issues only where one lives ($name)', (engine) => {
  let t: TestGateway
  let places: Awaited<ReturnType<typeof demoPlaces>>
  beforeAll(async () => {
    t = await startGateway(engine)
    places = await demoPlaces(t)
  })
  afterAll(() => t?.close())
  const input = (isPublic: boolean, extra: Record<string, unknown> = {}) => ({
    input: { category: 'SANITATION', title: '垃圾没人清', description: '三天了', buildingId: places.building('3号楼').id, isPublic, ...extra },
  })

  it('refuses a public issue from someone without a home in the compound, takes a private one, and a public one once a claim is pending', async () => {
    const stranger = await t.signIn('resident-elsewhere')
    const refused = (await t.gql(RAISE, input(true), stranger)).errors?.[0]
    expect(refused?.extensions?.code).toBe('FORBIDDEN')
    expect(refused?.message).toMatch(/不公开/)
    expect(await t.code(RAISE, input(false), stranger)).toBeUndefined()
    await t.ok(CLAIM, { b: places.building('3号楼').id, r: '1203' }, stranger)
    expect(await t.code(RAISE, input(true), stranger)).toBeUndefined()
  })

  it('lets staff in scope raise in public on behalf of a resident, not staff of another community', async () => {
    const [grid, outsider] = await Promise.all([t.signIn('grid-zhongwang-1'), t.signIn('admin-quanxi')])
    expect(await t.code(RAISE, input(true, { buildingId: places.building('1号楼').id, onBehalfName: '张奶奶' }), grid)).toBeUndefined()
    expect(await t.code(RAISE, input(true), outsider)).toBe('FORBIDDEN')
  })
})

describe.each(ENGINES)('token bucket under a controlled clock ($name)', (engine) => {
  let t: TestGateway
  beforeAll(async () => void (t = await startGateway(engine)))
  afterAll(() => t?.close())

  it('lets no second burst through across a minute boundary, refills steadily, and forgets idle buckets', async () => {
    let clock = Date.UTC(2026, 11, 1, 8, 0, 59, 900) // 100 ms before a whole minute: a fixed window would reopen then
    const limiter = createDatabaseLimiter(t.gateway.db, { ...t.config.rateLimits, signIn: { limit: 10, periodSeconds: 60 } }, () => clock)
    const take = async () => limiter.consume('203.0.113.5', 'signIn').then(() => 'ok', (e: unknown) => (e instanceof GraphQLError ? e.extensions : e))
    const burst = async (n: number) => Promise.all(times(n, take))
    const passed = async (n: number) => (await burst(n)).filter((r) => r === 'ok').length
    expect(await passed(10)).toBe(10)
    expect(await take()).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 6, limit: 'signIn' })
    clock += 200 // the next minute
    expect(await take()).toMatchObject({ code: 'RATE_LIMITED' })
    clock += 5_800 // one token refilled (60 s / 10), no more
    expect(await passed(3)).toBe(1)
    clock += 10 * 60_000 // long idle: full again, never fuller
    expect(await passed(12)).toBe(10)
    clock += 2 * 86_400_000
    await limiter.prune()
    expect(await t.gateway.db.selectFrom('rate_buckets').select('key').where('key', '=', 'signIn:203.0.113.5').execute()).toEqual([])
  })
})

function times<T>(n: number, f: (i: number) => T): T[] {
  return Array.from({ length: n }, (_, i) => f(i))
}
