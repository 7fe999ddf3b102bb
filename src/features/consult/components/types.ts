import type { ProposalDetailQuery } from '@/graphql/generated/graphql'

/** The proposal as the detail page reads it. */
export type ProposalView = NonNullable<ProposalDetailQuery['proposal']>
