import { withMessages } from '../../../i18n'
import { workbenchMessages } from './zh-CN'

/** The workbench subpackage's strings, then the main package's. */
export const t = withMessages(workbenchMessages)
export type MessageKey = Parameters<typeof t>[0]
