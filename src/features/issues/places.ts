import type { IssuePlacesQuery } from '@/graphql/generated/graphql'
import { viewerPlaces } from '@/lib/places'

// Where the raise form lets a report be placed: the compounds of the viewer's households (their
// own building first), or — for staff and anyone without a household — every compound there is.

export interface PlaceBuilding {
  id: string
  name: string
}

export interface PlaceCompound {
  id: string
  /** 众望小区, or 东营盘社区 · 众望小区 when picking among communities. */
  name: string
  buildings: PlaceBuilding[]
}

export interface PlaceChoices {
  compounds: PlaceCompound[]
  /** The viewer's household building, when they have one. */
  homeBuildingId: string | null
  /** True when the list comes from the viewer's households rather than every community. */
  fromHouseholds: boolean
  /** Staff pick among every community and may raise on a resident's behalf. */
  isStaff: boolean
}

export function placeChoices(data: IssuePlacesQuery | undefined): PlaceChoices {
  const { households, isStaff, communities } = viewerPlaces(data)
  if (households.length > 0 && !isStaff) {
    const compounds = new Map<string, PlaceCompound>()
    for (const h of households) {
      const c = h.compound
      if (!compounds.has(c.id)) compounds.set(c.id, { id: c.id, name: c.name, buildings: c.buildings.map((b) => ({ id: b.id, name: b.name })) })
    }
    return { compounds: [...compounds.values()], homeBuildingId: households[0].buildingId, fromHouseholds: true, isStaff }
  }
  const compounds: PlaceCompound[] = []
  for (const community of communities) {
    for (const c of community.compounds) compounds.push({ id: c.id, name: `${community.name} · ${c.name}`, buildings: c.buildings.map((b) => ({ id: b.id, name: b.name })) })
  }
  return { compounds, homeBuildingId: households[0]?.buildingId ?? null, fromHouseholds: false, isStaff }
}

/** The compound a building belongs to, among the choices. */
export function compoundOfBuilding(choices: PlaceChoices, buildingId: string | null): PlaceCompound | null {
  if (!buildingId) return null
  return choices.compounds.find((c) => c.buildings.some((b) => b.id === buildingId)) ?? null
}
