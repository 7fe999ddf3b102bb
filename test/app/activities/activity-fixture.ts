// A canned activity in the shape of the ActivityDetail query (src/features/activities/activities.graphql),
// for tests that stand in for the gateway: 桥南园's integrity-culture button painting from the seed.

export function registrationNode(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Registration',
    id: 'r-1',
    status: 'CONFIRMED',
    partySize: 2,
    waitlistPosition: null,
    checkInCode: 'K7MZ2QXP',
    createdAt: '2026-01-02T02:00:00.000Z',
    answers: [
      { __typename: 'Answer', question: '姓名', type: 'NAME', value: '常宝娥' },
      { __typename: 'Answer', question: '联系电话', type: 'PHONE', value: '13800001111' },
    ],
    ...overrides,
  }
}

export function activityNode(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Activity',
    id: 'a-buttons',
    status: 'PUBLISHED',
    kind: 'HANDICRAFT',
    title: '廉洁文化纽扣画',
    venue: '桥南园社区活动室',
    startsAt: '2099-01-10T06:00:00.000Z',
    endsAt: '2099-01-10T08:00:00.000Z',
    signUpDeadline: '2099-01-09T10:00:00.000Z',
    signUpOpen: true,
    capacity: 20,
    seatsLeft: 5,
    waitlist: true,
    waitlistCount: 0,
    partners: ['桥南园社区党支部'],
    cover: null,
    organiser: { __typename: 'Person', id: 'p-admin', displayName: '桥南园社区' },
    viewerRegistration: null,
    description: '用纽扣拼出廉洁文化主题画，家长带孩子一起来。',
    community: { __typename: 'Community', id: 'c-qiaonan', name: '桥南园社区' },
    maxPartySize: 2,
    eligibility: 'ANYONE',
    needsApproval: false,
    questions: [
      { __typename: 'SignUpQuestion', text: '姓名', type: 'NAME', options: [] },
      { __typename: 'SignUpQuestion', text: '联系电话', type: 'PHONE', options: [] },
    ],
    confirmedSeats: 15,
    pendingCount: 0,
    cancelReason: null,
    materials: [{ __typename: 'ActivityMaterial', name: '纽扣材料包', perParticipant: 1, unit: '份', total: 15 }],
    viewerCanManage: false,
    viewerHasReminder: false,
    ...overrides,
  }
}
