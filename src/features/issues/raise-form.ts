import type { RaiseIssueInput } from '@/graphql/generated/graphql'
import { t } from './i18n'
import type { IssueDraft } from './draft'
import { DESCRIPTION_MAX, ON_BEHALF_MAX, PHOTOS_MAX, SPOT_MAX, TITLE_MAX } from './limits'
import { textLength } from '@/ui/text-length'

export type RaiseField = 'category' | 'title' | 'description' | 'building' | 'spot' | 'photos' | 'onBehalfName'
export type RaiseErrors = Partial<Record<RaiseField, string>>

/** What is missing or too long, in words, field by field; empty when the report can be sent. */
export function validateRaiseForm(draft: IssueDraft): RaiseErrors {
  const errors: RaiseErrors = {}
  if (!draft.category) errors.category = t('issues.raise.error.category')
  const title = draft.title.trim()
  if (!title) errors.title = t('issues.raise.error.title')
  else if (textLength(title) > TITLE_MAX) errors.title = t('issues.raise.error.tooLong', { max: TITLE_MAX })
  const description = draft.description.trim()
  if (!description) errors.description = t('issues.raise.error.description')
  else if (textLength(description) > DESCRIPTION_MAX) errors.description = t('issues.raise.error.tooLong', { max: DESCRIPTION_MAX })
  if (!draft.buildingId) errors.building = t('issues.raise.error.building')
  if (textLength(draft.onBehalfName.trim()) > ON_BEHALF_MAX) errors.onBehalfName = t('issues.raise.error.tooLong', { max: ON_BEHALF_MAX })
  if (textLength(draft.spot.trim()) > SPOT_MAX) errors.spot = t('issues.raise.error.tooLong', { max: SPOT_MAX })
  if (draft.photos.length > PHOTOS_MAX) errors.photos = t('issues.raise.error.photos', { max: PHOTOS_MAX })
  return errors
}

export const hasErrors = (errors: RaiseErrors): boolean => Object.keys(errors).length > 0

/** The mutation's input for a valid draft; null when it is not valid yet. */
export function toRaiseInput(draft: IssueDraft): RaiseIssueInput | null {
  if (hasErrors(validateRaiseForm(draft)) || !draft.category || !draft.buildingId) return null
  const spot = draft.spot.trim()
  const onBehalfName = draft.onBehalfName.trim()
  const point = draft.latitude !== null && draft.longitude !== null ? { latitude: draft.latitude, longitude: draft.longitude } : {}
  return {
    category: draft.category,
    title: draft.title.trim(),
    description: draft.description.trim(),
    buildingId: draft.buildingId,
    ...(spot ? { spot } : {}),
    ...point,
    isPublic: draft.isPublic,
    photoIds: draft.photos.map((p) => p.id),
    ...(onBehalfName ? { onBehalfName } : {}),
  }
}
