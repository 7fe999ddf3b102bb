import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_RESIDENTS } from '../../gateway/db/seed/structure'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

// The demo is something a visitor can finish: a proposal made by one demo resident of 众望小区
// reaches the compound's co-sign threshold with the demo's other verified households, each
// signed in as itself through the API.

describe.each(ENGINES)('the demo co-sign threshold on $name', (engine) => {
  let t: TestGateway
  let places: Awaited<ReturnType<typeof demoPlaces>>
  beforeAll(async () => {
    t = await startGateway(engine)
    places = await demoPlaces(t)
  })
  afterAll(() => t?.close())

  it('is reached by the demo’s verified households', async () => {
    const [author, ...others] = DEMO_RESIDENTS
    const token = await t.signIn(author!.handle)
    const settings = await t.ok<{ community: { compounds: Array<{ id: string; consultSettings: { cosignThreshold: number } }> } }>('query($id: ID!) { community(id: $id) { compounds { id consultSettings { cosignThreshold } } } }', { id: places.dongyingpan.id }, token)
    const threshold = settings.community.compounds.find((c) => c.id === places.zhongwang.id)!.consultSettings.cosignThreshold
    // Verified households of the compound other than the author's: the co-signers there can be.
    const verified = await t.gateway.db
      .selectFrom('household_members').innerJoin('households', 'households.id', 'household_members.household_id').innerJoin('buildings', 'buildings.id', 'households.building_id')
      .select('households.id').distinct().where('buildings.compound_id', '=', places.zhongwang.id).where('household_members.verified_at', 'is not', null).execute()
    expect(verified.length - 1).toBeGreaterThanOrEqual(threshold)

    const input = { compoundId: places.zhongwang.id, title: '小区东门增设快递柜', background: '快递常堆在门岗,老人取件不便。', question: '是否在东门增设快递柜?', matter: 'ADVISORY', ballotKind: 'YES_NO_ABSTAIN' }
    const id = (await t.ok<{ createProposal: { id: string } }>('mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }', { input }, token)).createProposal.id
    await t.ok('mutation($id: ID!) { submitProposal(id: $id) { stage } }', { id }, token)
    const stages: string[] = []
    for (const r of others.slice(0, threshold)) {
      const signed = await t.ok<{ cosignProposal: { stage: string; cosignCount: number } }>('mutation($id: ID!) { cosignProposal(id: $id) { stage cosignCount } }', { id }, await t.signIn(r.handle))
      stages.push(`${signed.cosignProposal.cosignCount}:${signed.cosignProposal.stage}`)
    }
    expect(stages.at(-1)).toBe(`${threshold}:DISCUSSION`)
    expect(stages.slice(0, -1).every((s) => s.endsWith(':COSIGNING'))).toBe(true)
  })
})
