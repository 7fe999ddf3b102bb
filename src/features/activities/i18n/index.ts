import { withMessages } from '../../../i18n'
import { activitiesMessages } from './zh-CN'

/** The activities subpackage's strings, then the main package's. */
export const t = withMessages(activitiesMessages)
export type MessageKey = Parameters<typeof t>[0]
