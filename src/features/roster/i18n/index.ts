import { withMessages } from '../../../i18n'
import { rosterMessages } from './zh-CN'
import { keepingMessages } from './zh-CN-keeping'

/** The roster subpackage's strings, then the main package's. */
export const t = withMessages({ ...rosterMessages, ...keepingMessages })
export type MessageKey = Parameters<typeof t>[0]
