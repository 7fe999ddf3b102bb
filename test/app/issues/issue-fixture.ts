// A canned issue in the shape of the IssueDetail query (src/features/issues/issues.graphql), for
// tests that stand in for the gateway. Demo people and places from the Dongyingpan story.

const person = (id: string, displayName: string) => ({ __typename: 'Person', id, displayName })
const media = (id: string) => ({ __typename: 'Media', id, url: `http://127.0.0.1/media/${id}?exp=1&sig=x` })

export function issueNode(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Issue',
    id: 'i-lamp',
    status: 'RESOLVED',
    category: 'LIGHTING',
    title: '3单元门口路灯不亮',
    description: '晚上很黑，老人出门不方便',
    isPublic: true,
    spot: '3单元门口',
    latitude: null,
    longitude: null,
    building: { __typename: 'Building', id: 'b-1', name: '1号楼', compound: { __typename: 'Compound', id: 'c-zw', name: '众望小区' } },
    photos: [media('m-door')],
    reporter: { ...person('p-chang', '常阿姨'), realName: null, phone: null },
    viewerIsReporter: true,
    raisedOnBehalf: false,
    onBehalfName: null,
    assignee: { __typename: 'IssueHandler', person: person('p-grid1', '第一网格网格员'), role: 'GRID_WORKER', scopeName: '第一网格', workPhone: '13803530011' },
    supportCount: 3,
    viewerSupports: false,
    viewerFollows: true,
    submittedAt: '2026-01-05T01:00:00.000Z',
    dueAt: '2026-01-07T01:00:00.000Z',
    overdue: false,
    escalatedTo: null,
    linkedProposal: null,
    reporterRoom: null,
    resolvedAt: '2026-01-06T02:30:00.000Z',
    closedAt: null,
    rating: null,
    ratingComment: null,
    duplicateOf: null,
    followUpPending: false,
    followUpAnswer: null,
    timeline: [
      { __typename: 'IssueEvent', id: 'e1', kind: 'SUBMITTED', status: 'SUBMITTED', note: null, at: '2026-01-05T01:00:00.000Z', actor: person('p-chang', '常阿姨'), actorRole: null, photos: [] },
      { __typename: 'IssueEvent', id: 'e2', kind: 'RESOLVED', status: 'RESOLVED', note: '已更换灯泡', at: '2026-01-06T02:30:00.000Z', actor: person('p-grid1', '第一网格网格员'), actorRole: 'GRID_WORKER', photos: [media('m-fixed')] },
    ],
    viewerNextSteps: ['CLOSED', 'REOPENED'],
    viewerIsStaffInScope: false,
    ...overrides,
  }
}
