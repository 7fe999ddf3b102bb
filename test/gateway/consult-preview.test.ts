import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES, demoPlaces, startGateway, type TestGateway } from './harness'

// A proposal shared into the group chat: a signed-out visitor reads its title, stage and a short
// summary (proposalPreview), and nothing else — no author, no ballots, no comments; drafts and
// withdrawn proposals have no preview at all.

const PREVIEW = 'query($id: ID!) { proposalPreview(id: $id) { id title stage summary compoundName votingClosesAt } }'
const CREATE = 'mutation($input: CreateProposalInput!) { createProposal(input: $input) { id } }'

describe.each(ENGINES)('proposal previews on $name', (engine) => {
  let t: TestGateway
  let resident: string
  let compoundId: string
  beforeAll(async () => {
    t = await startGateway(engine)
    compoundId = (await demoPlaces(t)).zhongwang.id
    resident = await t.signIn('resident-changbaoe')
  })
  afterAll(() => t?.close())

  const draft = async (background: string) => {
    const input = { compoundId, title: '楼下加装晾衣架', background, question: '装不装?', matter: 'ADVISORY', ballotKind: 'SINGLE', options: [{ label: '装' }, { label: '不装' }] }
    return (await t.ok(CREATE, { input }, resident)).createProposal.id as string
  }

  it('shows a submitted proposal to anyone, signed out, with the summary cut to 120 characters', async () => {
    const background = '小区南侧空地阳光好，'.repeat(20)
    const id = await draft(background)
    expect((await t.ok(PREVIEW, { id })).proposalPreview).toBeNull() // a draft stays its author's
    await t.ok('mutation($id: ID!) { submitProposal(id: $id) { stage } }', { id }, resident)
    const { proposalPreview } = await t.ok(PREVIEW, { id })
    expect(proposalPreview).toMatchObject({ id, title: '楼下加装晾衣架', stage: 'COSIGNING', compoundName: '众望小区', votingClosesAt: null })
    expect(Array.from(proposalPreview.summary)).toHaveLength(120)
    expect(proposalPreview.summary.endsWith('…')).toBe(true)
    expect(background.startsWith(proposalPreview.summary.slice(0, -1))).toBe(true)
    // The full proposal is still for the compound's households and staff only.
    expect((await t.ok('query($id: ID!) { proposal(id: $id) { id } }', { id })).proposal).toBeNull()
    await t.ok('mutation($id: ID!) { withdrawProposal(id: $id) { stage } }', { id }, resident)
    expect((await t.ok(PREVIEW, { id })).proposalPreview).toBeNull()
  })

  it('the demo proposal a README link opens has a preview; a made-up id has none', async () => {
    const list = await t.ok<{ proposals: { edges: Array<{ node: { id: string; title: string; stage: string } }> } }>('{ proposals(first: 50) { edges { node { id title stage } } } }', {}, resident)
    const lights = list.proposals.edges.map((e) => e.node).find((p) => p.title === '东门新增路灯装在哪里?')
    expect(lights).toBeDefined()
    expect((await t.ok(PREVIEW, { id: lights!.id })).proposalPreview).toMatchObject({ title: lights!.title, stage: lights!.stage })
    expect((await t.ok(PREVIEW, { id: 'not-an-id' })).proposalPreview).toBeNull()
  })
})
