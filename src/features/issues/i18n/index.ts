import { withMessages } from '../../../i18n'
import { issuesMessages } from './zh-CN'

/** The issues subpackage's strings, then the main package's. */
export const t = withMessages(issuesMessages)
export type MessageKey = Parameters<typeof t>[0]
