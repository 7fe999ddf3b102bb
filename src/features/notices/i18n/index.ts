import { withMessages } from '../../../i18n'
import { noticesMessages } from './zh-CN'

/** The notices subpackage's strings, then the main package's. */
export const t = withMessages(noticesMessages)
export type MessageKey = Parameters<typeof t>[0]
