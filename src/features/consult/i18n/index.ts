import { withMessages } from '../../../i18n'
import { consultMessages } from './zh-CN'
import { consultCommitteeMessages } from './zh-CN-committee'

/** The consult subpackage's strings, then the main package's. */
export const t = withMessages({ ...consultMessages, ...consultCommitteeMessages })
export type MessageKey = Parameters<typeof t>[0]
