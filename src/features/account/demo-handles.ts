import type { MessageKey } from './i18n'

// The seeded demo accounts (gateway/db/seed/structure.ts), offered as one-tap choices on the
// development sign-in page so a visitor can try every role.

export interface DemoHandle {
  handle: string
  label: MessageKey
}

const STAFF = [
  'admin-dongyingpan',
  'admin-xinhuadongjie',
  'admin-hongchenghe',
  'admin-qiaonanyuan',
  'admin-guanfangjie',
  'admin-pingtanjiedong',
  'admin-quanxi',
  'grid-zhongwang-1',
  'grid-zhongwang-2',
  'steward-zhongwang',
  'committee-zhongwang',
  'advisor-zhongwang',
] as const
const RESIDENTS = ['resident-changbaoe', 'resident-zhongwang-2', 'resident-zhongwang-3'] as const

// The label key is typed from the handle, so a handle without its catalogue entry does not compile.
const demo = (handle: (typeof STAFF)[number] | (typeof RESIDENTS)[number]): DemoHandle => ({ handle, label: `account.demo.${handle}` })

export const DEMO_STAFF: ReadonlyArray<DemoHandle> = STAFF.map(demo)
export const DEMO_RESIDENTS: ReadonlyArray<DemoHandle> = RESIDENTS.map(demo)

const HANDLE = /^[a-z0-9_-]{2,40}$/

/** The gateway's handle rule (lower-cased and trimmed first, as the gateway does). */
export function normaliseHandle(input: string): string | null {
  const handle = input.trim().toLowerCase()
  return HANDLE.test(handle) ? handle : null
}
