// A canned proposal in the shape of the ProposalDetail query (src/features/consult/consult.graphql),
// for tests that stand in for the gateway: 众望小区's neighbours choosing where the new light goes.

const person = (id: string, displayName: string) => ({ __typename: 'Person', id, displayName })
const option = (id: string, label: string, pinX: number | null, pinY: number | null, votes: number | null = null) => ({ __typename: 'ProposalOption', id, label, pinX, pinY, amendment: false, votes })

export function proposalNode(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Proposal',
    id: 'p-light',
    stage: 'VOTING',
    matter: 'ADVISORY',
    advisory: true,
    ballotKind: 'SINGLE',
    maxChoices: null,
    title: '东门路灯装在哪里',
    background: '东门晚上太黑，老人出门不方便。',
    question: '新路灯装在哪个位置？',
    createdAt: '2026-01-05T01:00:00.000Z',
    compound: { __typename: 'Compound', id: 'c-zw', name: '众望小区' },
    building: null,
    author: person('p-chang', '常阿姨'),
    cosignCount: 5,
    cosignThreshold: 5,
    cosignDeadline: '2026-01-12T01:00:00.000Z',
    viewerHasCosigned: true,
    viewerCanCosign: false,
    issues: [],
    hiddenIssueCount: 0,
    options: [option('o-a', '东门岗亭旁', 0.82, 0.4), option('o-b', '3号楼拐角', 0.55, 0.62)],
    comments: [],
    opinions: [],
    meeting: null,
    votingClosesAt: '2099-01-12T12:00:00.000Z',
    participation: { __typename: 'Participation', eligibleHouseholds: 50, votedHouseholds: 34, households: 0.68, area: 0.71, quorumReached: true },
    result: null,
    outcome: null,
    electorate: null,
    viewerProxyUnits: [],
    viewerBallot: null,
    viewerCanVote: true,
    viewerVoteBlockedReason: null,
    viewerIsCommittee: false,
    viewerIsAuthor: false,
    sitePlan: { __typename: 'Media', id: 'm-plan', url: 'http://127.0.0.1/media/m-plan?exp=1&sig=x' },
    tasks: [],
    budgetCents: 0,
    spentCents: 0,
    acceptanceOpen: false,
    acceptance: { __typename: 'Acceptance', accepted: 0, sentBack: 0, viewerAnswer: null },
    timeline: [
      { __typename: 'ProposalEvent', id: 'e1', kind: 'DRAFTED', stage: 'DRAFT', note: null, at: '2026-01-05T01:00:00.000Z', actor: person('p-chang', '常阿姨'), photos: [] },
      { __typename: 'ProposalEvent', id: 'e2', kind: 'DISCUSSION_OPENED', stage: 'DISCUSSION', note: '5 户联署,进入讨论', at: '2026-01-06T01:00:00.000Z', actor: null, photos: [] },
      { __typename: 'ProposalEvent', id: 'e3', kind: 'VOTING_OPENED', stage: 'VOTING', note: null, at: '2026-01-08T01:00:00.000Z', actor: person('p-cmte', '物管会'), photos: [] },
    ],
    ...overrides,
  }
}

export const ballot = (optionIds: string[], receipt = 'ZW7K2Q') => ({ __typename: 'Ballot', optionIds, assisted: false, receipt, castAt: '2026-01-09T02:00:00.000Z' })
export const closedOption = option
