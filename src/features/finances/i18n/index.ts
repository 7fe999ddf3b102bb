import { withMessages } from '../../../i18n'
import { financesMessages } from './zh-CN'

/** The finances subpackage's strings, then the main package's. */
export const t = withMessages(financesMessages)
export type MessageKey = Parameters<typeof t>[0]
