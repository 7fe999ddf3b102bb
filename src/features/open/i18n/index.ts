import { withMessages } from '../../../i18n'
import { openMessages } from './zh-CN'

/** The open subpackage's strings, then the main package's. */
export const t = withMessages(openMessages)
export type MessageKey = Parameters<typeof t>[0]
