import Taro from '@tarojs/taro'
import type { IssueCategory } from '@/graphql/generated/graphql'
import { ISSUE_CATEGORIES } from './vocabulary'

// The raise form is kept in Taro storage on every change, so leaving the page, a crash or a
// dropped network loses nothing — uploaded photos included; it is cleared once the gateway has it.

export interface DraftPhoto {
  /** The gateway's media id. */
  id: string
  /** The local file shown as its thumbnail (may be gone after a restart; the id is what counts). */
  preview: string
}

export interface IssueDraft {
  category: IssueCategory | null
  title: string
  description: string
  buildingId: string | null
  spot: string
  latitude: number | null
  longitude: number | null
  /** The chosen point's name, as Taro.chooseLocation gave it. */
  pointName: string | null
  isPublic: boolean
  photos: DraftPhoto[]
  /** Staff only: the resident who phoned or walked in ('' when reporting for oneself). */
  onBehalfName: string
}

export const ISSUE_DRAFT_KEY = 'linli.issueDraft'

export function emptyIssueDraft(buildingId: string | null = null): IssueDraft {
  return { category: null, title: '', description: '', buildingId, spot: '', latitude: null, longitude: null, pointName: null, isPublic: true, photos: [], onBehalfName: '' }
}

/** True when the resident has written or chosen anything worth keeping. */
export function draftHasContent(draft: IssueDraft): boolean {
  return Boolean(draft.category || draft.title.trim() || draft.description.trim() || draft.spot.trim() || draft.photos.length || draft.latitude !== null)
}

const str = (v: unknown): v is string => typeof v === 'string'
const strOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string'
const numOrNull = (v: unknown): v is number | null => v === null || (typeof v === 'number' && Number.isFinite(v))

function parsePhotos(value: unknown): DraftPhoto[] | null {
  if (!Array.isArray(value)) return null
  const photos: DraftPhoto[] = []
  for (const p of value as unknown[]) {
    if (!p || typeof p !== 'object') return null
    const { id, preview } = p as Record<string, unknown>
    if (!str(id) || !str(preview)) return null
    photos.push({ id, preview })
  }
  return photos
}

/** A stored value back as a draft, or null when it is missing or not one (an older shape). */
export function parseIssueDraft(value: unknown): IssueDraft | null {
  if (!value || typeof value !== 'object') return null
  const d = value as Record<string, unknown>
  const category = d.category === null ? null : ISSUE_CATEGORIES.find((c) => c === d.category)
  if (category === undefined || !str(d.title) || !str(d.description) || !str(d.spot) || typeof d.isPublic !== 'boolean') return null
  if (!strOrNull(d.buildingId) || !strOrNull(d.pointName) || !numOrNull(d.latitude) || !numOrNull(d.longitude)) return null
  const photos = parsePhotos(d.photos)
  if (!photos) return null
  return {
    category,
    title: d.title,
    description: d.description,
    buildingId: d.buildingId,
    spot: d.spot,
    latitude: d.latitude,
    longitude: d.longitude,
    pointName: d.pointName,
    isPublic: d.isPublic,
    photos,
    // Drafts saved before this field existed have none.
    onBehalfName: str(d.onBehalfName) ? d.onBehalfName : '',
  }
}

export function loadIssueDraft(): IssueDraft | null {
  try {
    return parseIssueDraft(Taro.getStorageSync(ISSUE_DRAFT_KEY))
  } catch {
    return null
  }
}

export function saveIssueDraft(draft: IssueDraft): void {
  try {
    Taro.setStorageSync(ISSUE_DRAFT_KEY, draft)
  } catch {
    // Storage full or unavailable: the form still works, it just is not kept.
  }
}

export function clearIssueDraft(): void {
  try {
    Taro.removeStorageSync(ISSUE_DRAFT_KEY)
  } catch {
    // Nothing to clear.
  }
}
