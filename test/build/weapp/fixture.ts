import { demoPlaces, startGateway, type TestGateway } from '../../gateway/harness'

// A started gateway with the demo data and the people and items the weapp tests open: a
// resident with a verified household in 众望小区, the community's administrator, and one of
// each item (a notice, a public issue, a proposal, an activity).

export interface WeappFixture {
  gateway: TestGateway
  graphqlUrl: string
  tokens: { resident: string; staff: string; grid: string }
  ids: { notice: string; issue: string; proposal: string; ownersVote: string; activity: string; community: string; compound: string; building: string; financeEntry: string }
}

interface Edges { edges: Array<{ node: { id: string } }> }

export async function startWeappFixture(env: Record<string, string> = {}): Promise<WeappFixture> {
  // Dev sign-in is opt-in and loopback-only; the harness signs its people in with it.
  const gateway = await startGateway({ name: 'sqlite' }, { LINLI_DEV_SIGNIN: '1', ...env })
  const resident = await gateway.signIn('resident-changbaoe')
  const staff = await gateway.signIn('admin-dongyingpan')
  const grid = await gateway.signIn('grid-zhongwang-1')
  const places = await demoPlaces(gateway)
  const building = places.building('1号楼').id
  const first = async (query: string, token?: string) => {
    const data = await gateway.ok<Record<string, Edges>>(query, {}, token)
    const id = Object.values(data)[0]?.edges[0]?.node.id
    if (!id) throw new Error(`demo data has nothing for ${query}`)
    return id
  }
  const proposalTitled = async (title: string) => {
    const data = await gateway.ok<{ proposals: { edges: Array<{ node: { id: string; title: string } }> } }>('{ proposals(first: 50) { edges { node { id title } } } }', {}, resident)
    const found = data.proposals.edges.find((e) => e.node.title === title)
    if (!found) throw new Error(`demo data has no proposal ${title}`)
    return found.node.id
  }
  const issue = await gateway.ok<{ raiseIssue: { id: string } }>(
    'mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }',
    { input: { category: 'LIGHTING', title: '3号楼楼道灯不亮', description: '三楼到四楼的楼道灯坏了一个星期，晚上看不清台阶。', buildingId: building, isPublic: true } },
    resident,
  )
  const ownersVote = await proposalTitled('使用维修资金维修东门路灯')
  // The demo's east-gate lights draw on the maintenance fund, with its receipt.
  const draws = await gateway.ok<{ proposal: { fundDraws: Array<{ id: string }> } }>('query($id: ID!) { proposal(id: $id) { fundDraws { id } } }', { id: ownersVote }, resident)
  return {
    gateway,
    graphqlUrl: `${gateway.url}/graphql`,
    tokens: { resident, staff, grid },
    ids: {
      notice: await first('{ notices(first: 1) { edges { node { id } } } }'),
      // By title: the demo holds several proposals (the owners' votes of the roster among them).
      proposal: await proposalTitled('东门新增路灯装在哪里?'),
      ownersVote,
      activity: await first('{ activities(first: 1) { edges { node { id } } } }', resident),
      issue: issue.raiseIssue.id,
      community: places.dongyingpan.id,
      compound: places.zhongwang.id,
      building,
      financeEntry: draws.proposal.fundDraws[0]!.id, // the demo seeds one draw
    },
  }
}
