import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newBuilding, seedHouseholds } from '../gateway/consult-fixture'
import { demoPlaces, startGateway, type TestGateway } from '../gateway/harness'
import { chromiumStatus, openBrowser, screenshot, type Browser } from './support/browser'
import { button, front, signIn, text } from './support/h5'

// 报事 → 议事 in a real browser: four households report the same rubbish heap; the committee sees
// the cluster (居民反映集中), makes a proposal from it, and the reporter's issue shows the proposal
// and follows its stage.

const status = chromiumStatus()
const TITLE = '聚集旅程楼北侧环境卫生'

describe.skipIf(!status.available)('H5 cluster → proposal journey in Chromium', () => {
  let gateway: TestGateway
  let committee: Browser
  let resident: Browser
  beforeAll(async () => {
    gateway = await startGateway({ name: 'sqlite' })
    committee = await openBrowser()
    resident = await openBrowser()
  })
  afterAll(async () => {
    await committee?.close()
    await resident?.close()
    await gateway?.close()
  })

  it('the committee turns a cluster of issues into a proposal, and the linked issue shows it', async () => {
    const places = await demoPlaces(gateway)
    const building = await newBuilding(gateway, places.zhongwang.id, '聚集旅程楼')
    const households = await seedHouseholds(gateway, building, 'e2e-cluster', 4)
    const tokens = await Promise.all(households.map((h) => gateway.signIn(h.handles[0]!)))
    const committeeToken = await gateway.signIn('committee-zhongwang')
    await gateway.ok('mutation($c: ID!) { updateClusterSettings(compoundId: $c, threshold: 4, radiusM: 30) { clusterThreshold } }', { c: places.zhongwang.id }, committeeToken)
    const issueId = (await gateway.ok<{ raiseIssue: { id: string } }>('mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }',
      { input: { category: 'SANITATION', title: '北侧垃圾堆了一周', description: '味道很大', buildingId: building, spot: '北侧', isPublic: true } }, tokens[0])).raiseIssue.id
    for (const token of tokens.slice(1)) await gateway.ok('mutation($id: ID!) { supportIssue(id: $id) { id } }', { id: issueId }, token)

    const staff = committee.page
    await signIn(staff, gateway.url, 'committee-zhongwang')
    await staff.goto(`${gateway.url}/#/pages/consult/index`)
    await button(staff, '发起议题').click()
    await button(staff, '查看反映集中的问题').click()
    await text(staff, `关于${TITLE}问题的议事`).waitFor()
    await text(staff, '聚集旅程楼北侧 · 4 户反映').waitFor()
    await text(staff, '· 北侧垃圾堆了一周').waitFor()
    await screenshot(staff, 'cluster-01-suggestion')
    await button(staff, '发起议事').click()
    // The draft opens, listing the issue behind it.
    await text(staff, '相关报事').waitFor()
    await front(staff).getByText('北侧垃圾堆了一周').first().waitFor()
    await screenshot(staff, 'cluster-02-draft')

    const drafts = await gateway.ok<{ proposals: { edges: { node: { id: string; title: string; stage: string } }[] } }>('{ proposals(filter: { mine: true }) { edges { node { id title stage } } } }', {}, committeeToken)
    const draft = drafts.proposals.edges.map((e) => e.node).find((p) => p.title === `关于${TITLE}问题的议事`)!
    expect(draft.stage).toBe('DRAFT')

    const page = resident.page
    await signIn(page, gateway.url, households[0]!.handles[0]!)
    await page.goto(`${gateway.url}/#/features/issues/pages/detail/index?id=${issueId}`)
    await text(page, '相关议事').waitFor()
    await text(page, `「${draft.title}」起草中`).waitFor()
    await text(page, `已据此发起议事「${draft.title}」(起草中)`).waitFor() // its timeline entry, the latest

    // Submitted for co-signing: the issue follows the stage and its people are told.
    await gateway.ok('mutation($id: ID!) { submitProposal(id: $id) { stage } }', { id: draft.id }, committeeToken)
    await page.reload()
    await text(page, `「${draft.title}」联署中`).waitFor()
    await text(page, `议事「${draft.title}」联署中`).waitFor()
    await text(page, /^议事进展 · /).waitFor() // now the latest on the timeline
    await screenshot(page, 'cluster-03-issue-linked')
    await text(page, `「${draft.title}」联署中`).click()
    await text(page, draft.title).waitFor() // the proposal itself, now open to the compound
    const inbox = await gateway.ok<{ viewer: { inbox: { edges: { node: { kind: string; subjectId: string } }[] } } }>('{ viewer { inbox(first: 20) { edges { node { kind subjectId } } } } }', {}, tokens[0])
    expect(inbox.viewer.inbox.edges.map((e) => e.node)).toContainEqual({ kind: 'PROPOSAL_FROM_ISSUES_COSIGNING', subjectId: draft.id })
  })
})
