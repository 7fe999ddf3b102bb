import { withMessages } from '../../../i18n'
import { accountMessages } from './zh-CN'

/** The account subpackage's strings, then the main package's. */
export const t = withMessages(accountMessages)
export type MessageKey = Parameters<typeof t>[0]
