import { demoPlaces, startGateway, type TestGateway } from '../../gateway/harness'

// A started gateway with the demo data and the people and items the weapp tests open: a
// resident with a verified household in 众望小区, the community's administrator, and one of
// each item (a notice, a public issue, a proposal, an activity).

export interface WeappFixture {
  gateway: TestGateway
  graphqlUrl: string
  tokens: { resident: string; staff: string; grid: string }
  ids: { notice: string; issue: string; proposal: string; activity: string; community: string; building: string }
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
  const issue = await gateway.ok<{ raiseIssue: { id: string } }>(
    'mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { id } }',
    { input: { category: 'LIGHTING', title: '3号楼楼道灯不亮', description: '三楼到四楼的楼道灯坏了一个星期，晚上看不清台阶。', buildingId: building, isPublic: true } },
    resident,
  )
  return {
    gateway,
    graphqlUrl: `${gateway.url}/graphql`,
    tokens: { resident, staff, grid },
    ids: {
      notice: await first('{ notices(first: 1) { edges { node { id } } } }'),
      proposal: await first('{ proposals(first: 1) { edges { node { id } } } }', resident),
      activity: await first('{ activities(first: 1) { edges { node { id } } } }', resident),
      issue: issue.raiseIssue.id,
      community: places.dongyingpan.id,
      building,
    },
  }
}
