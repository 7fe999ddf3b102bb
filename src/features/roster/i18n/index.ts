import { withMessages } from '../../../i18n'
import { rosterMessages } from './zh-CN'

/** The roster subpackage's strings, then the main package's. */
export const t = withMessages(rosterMessages)
export type MessageKey = Parameters<typeof t>[0]
