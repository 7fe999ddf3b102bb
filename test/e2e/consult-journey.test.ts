import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedHouseholds } from '../gateway/consult-fixture'
import { demoPlaces, startGateway, type TestGateway } from '../gateway/harness'
import { chromiumStatus, openBrowser, screenshot, type Browser } from './support/browser'

// 协商议事 in a real browser, the seed's example: a resident of 众望小区 proposes two positions for
// a new street light, pinned on the site plan; five neighbouring households co-sign; the committee
// opens voting; residents vote; the result shows, and the passed proposal becomes an action plan.

const status = chromiumStatus()
const TITLE = '东门到车棚加装路灯'

const front = (page: Page) => page.locator('.taro_page:visible').last()
const text = (page: Page, value: string | RegExp) => front(page).getByText(value, { exact: typeof value === 'string' }).first()
const button = (page: Page, label: string | RegExp) => front(page).locator('taro-button-core', { hasText: label }).first()

async function signIn(page: Page, base: string, handle: string) {
  await page.goto(`${base}/#/features/account/pages/sign-in/index`)
  await page.locator('input[placeholder="输入账号名"]').locator('visible=true').first().fill(handle)
  await button(page, /^登录$/).click()
  await text(page, '长辈模式').waitFor()
}

/** Clicks the site plan at a fraction of its width and height, as a finger would tap it. */
async function tapPlan(page: Page, x: number, y: number) {
  const plan = front(page).locator('.site-plan').first()
  await plan.scrollIntoViewIfNeeded()
  const box = await plan.boundingBox()
  if (!box) throw new Error('site plan not shown')
  await plan.click({ position: { x: box.width * x, y: box.height * y } })
}

describe.skipIf(!status.available)('H5 协商议事 journey in Chromium', () => {
  let gateway: TestGateway
  let resident: Browser
  let committee: Browser
  beforeAll(async () => {
    gateway = await startGateway({ name: 'sqlite' })
    resident = await openBrowser()
    committee = await openBrowser()
  })
  afterAll(async () => {
    await resident?.close()
    await committee?.close()
    await gateway?.close()
  })

  it('proposes two pinned light positions, gathers five co-signs, votes, shows the result and starts the action plan', async () => {
    const places = await demoPlaces(gateway)
    const neighbours = await seedHouseholds(gateway, places.building('2号楼').id, 'e2e-cosign', 5)
    const page = resident.page
    await signIn(page, gateway.url, 'resident-changbaoe')
    await page.goto(`${gateway.url}/#/pages/consult/index`)
    await button(page, '发起议题').click()
    await front(page).locator('input[placeholder="标题"]').fill(TITLE)
    await front(page).locator('textarea[placeholder="背景说明"]').fill('东门到车棚一段晚上很黑,老人取电动车看不清。')
    await front(page).locator('input[placeholder="表决的问题"], textarea[placeholder="表决的问题"]').first().fill('新路灯装在哪个位置?')
    await button(page, '添加选项').click()
    await front(page).locator('input[placeholder="选项名称"]').nth(0).fill('东门岗亭旁')
    await tapPlan(page, 0.9, 0.42)
    await button(page, '添加选项').click()
    await front(page).locator('input[placeholder="选项名称"]').nth(1).fill('车棚入口')
    await tapPlan(page, 0.44, 0.66)
    await screenshot(page, 'consult-01-propose-pins')
    await button(page, '保存草稿').click()
    await button(page, '提交联署').click()
    await text(page, /联署中/).waitFor()

    const mine = await gateway.ok<{ proposals: { edges: { node: { id: string; title: string; stage: string; options: { id: string; label: string; pinX: number; pinY: number }[] } }[] } }>(
      '{ proposals(filter: { mine: true }) { edges { node { id title stage options { id label pinX pinY } } } } }', {}, await gateway.signIn('resident-changbaoe'))
    const proposal = mine.proposals.edges.map((e) => e.node).find((p) => p.title === TITLE)!
    expect(proposal.stage).toBe('COSIGNING')
    expect(proposal.options.map((o) => o.label)).toEqual(['东门岗亭旁', '车棚入口'])
    expect(proposal.options[0]!.pinX).toBeCloseTo(0.9, 1)
    expect(proposal.options[1]!.pinY).toBeCloseTo(0.66, 1)

    // Five neighbouring households co-sign (the last one in the browser); the fifth opens discussion.
    const tokens = await Promise.all(neighbours.map((n) => gateway.signIn(n.handles[0]!)))
    for (const token of tokens.slice(0, 4)) await gateway.ok('mutation($id: ID!) { cosignProposal(id: $id) { stage } }', { id: proposal.id }, token)
    // The fifth neighbour uses a phone of their own: signing someone else in on the committee's
    // page right after a co-sign raced the page's own refresh.
    const neighbour = await openBrowser()
    try {
      const fifth = neighbour.page
      await signIn(fifth, gateway.url, neighbours[4]!.handles[0]!)
      await fifth.goto(`${gateway.url}/#/features/consult/pages/detail/index?id=${proposal.id}`)
      await button(fifth, /^联署$/).click()
      await text(fifth, /讨论中/).waitFor()
    } finally {
      await neighbour.close()
    }

    const staff = committee.page
    await signIn(staff, gateway.url, 'committee-zhongwang')
    await staff.goto(`${gateway.url}/#/features/consult/pages/detail/index?id=${proposal.id}`)
    await button(staff, /^开启投票$/).click()
    await staff.locator('.taro-model__confirm:visible', { hasText: '开启投票' }).click() // it cannot be undone, so it asks first
    await text(staff, /投票中/).waitFor()

    await page.goto(`${gateway.url}/#/features/consult/pages/detail/index?id=${proposal.id}`)
    await page.reload()
    await text(page, 'A. 东门岗亭旁').click()
    await button(page, /^投票$/).click()
    await text(page, /您家的票已计入/).waitFor()
    await screenshot(page, 'consult-02-pin-vote')
    const [a, b] = proposal.options
    for (const [i, token] of tokens.entries()) await gateway.ok('mutation($p: ID!, $o: [ID!]!) { castBallot(proposalId: $p, optionIds: $o) { receipt } }', { p: proposal.id, o: [i < 3 ? a!.id : b!.id] }, token)

    // The clock: the voting window the committee chose (a week) has passed.
    await gateway.gateway.db.updateTable('proposals').set({ voting_closes_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', proposal.id).execute()
    await staff.reload()
    await button(staff, /^结束投票$/).click()
    await text(staff, /已通过/).waitFor()
    const closed = await gateway.ok<{ proposal: { stage: string; result: { passed: boolean; reason: string; winningOptionIds: string[] }; options: { votes: number }[] } }>(
      'query($id: ID!) { proposal(id: $id) { stage result { passed reason winningOptionIds } options { votes } } }', { id: proposal.id }, tokens[0])
    expect(closed.proposal).toMatchObject({ stage: 'PASSED', result: { passed: true, winningOptionIds: [a!.id] }, options: [{ votes: 4 }, { votes: 2 }] })
    await page.reload()
    await text(page, closed.proposal.result.reason).waitFor()
    await screenshot(page, 'consult-03-result')

    await gateway.ok('mutation($p: ID!) { addTask(proposalId: $p, input: { title: "采购并安装路灯", ownerName: "杨管家", dueDate: "2026-12-20", budgetCents: 120000 }) { id } }', { p: proposal.id }, await gateway.signIn('committee-zhongwang'))
    await page.reload()
    await text(page, /采购并安装路灯/).waitFor()
    await text(page, /实施中/).waitFor()
    await screenshot(page, 'consult-04-action-plan')
  })
})
