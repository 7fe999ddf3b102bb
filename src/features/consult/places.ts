import type { ConsultPlacesQuery } from '@/graphql/generated/graphql'
import { viewerPlaces } from '@/lib/places'

// Where a proposal can be raised: the compounds of the viewer's households, or — for staff — every
// compound of every community.

export interface ConsultCompound {
  id: string
  name: string
  communityId: string
  buildings: Array<{ id: string; name: string }>
}

export function consultCompounds(data: ConsultPlacesQuery | undefined): { compounds: ConsultCompound[]; fromHouseholds: boolean; isStaff: boolean } {
  const { households, isStaff, communities } = viewerPlaces(data)
  if (households.length > 0 && !isStaff) {
    const seen = new Map<string, ConsultCompound>()
    for (const h of households) {
      const c = h.compound
      if (!seen.has(c.id)) seen.set(c.id, { id: c.id, name: c.name, communityId: c.communityId, buildings: c.buildings.map((b) => ({ id: b.id, name: b.name })) })
    }
    return { compounds: [...seen.values()], fromHouseholds: true, isStaff }
  }
  const compounds: ConsultCompound[] = []
  for (const community of communities) {
    for (const c of community.compounds) compounds.push({ id: c.id, name: `${community.name} · ${c.name}`, communityId: community.id, buildings: c.buildings.map((b) => ({ id: b.id, name: b.name })) })
  }
  return { compounds, fromHouseholds: false, isStaff }
}
