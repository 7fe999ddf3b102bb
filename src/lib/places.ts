import { useFragment, type FragmentType } from '@/graphql/generated/fragment-masking'
import type { Places_CommunityFragment, Places_CompoundFragment } from '@/graphql/generated/graphql'
import { Places_CommunityFragmentDoc, Places_CompoundFragmentDoc, Places_QueryFragmentDoc } from './places.generated'

// The place pickers of the raise form (issues), the propose form (consult) and the household claim
// (account) read the same fragments (places.graphql); these unmask them.

export type CompoundRef = FragmentType<typeof Places_CompoundFragmentDoc>
export type CommunityRef = FragmentType<typeof Places_CommunityFragmentDoc>

export interface PlaceCompoundData extends Omit<Places_CompoundFragment, ' $fragmentName'> {}
export interface PlaceCommunityData extends Omit<Places_CommunityFragment, ' $fragmentName' | 'compounds'> {
  compounds: PlaceCompoundData[]
}

export function placeCompound(ref: CompoundRef): PlaceCompoundData {
  return useFragment(Places_CompoundFragmentDoc, ref)
}

export function placeCommunity(ref: CommunityRef): PlaceCommunityData {
  const community = useFragment(Places_CommunityFragmentDoc, ref)
  return { ...community, compounds: community.compounds.map(placeCompound) }
}

export interface ViewerPlaces {
  isStaff: boolean
  /** The viewer's households' buildings, each with its compound (and that compound's community). */
  households: Array<{ buildingId: string; compound: PlaceCompoundData & { communityId: string } }>
  communities: PlaceCommunityData[]
}

/** Places_query, unmasked; empty while it loads. */
export function viewerPlaces(ref: FragmentType<typeof Places_QueryFragmentDoc> | undefined): ViewerPlaces {
  const data = useFragment(Places_QueryFragmentDoc, ref)
  return {
    isStaff: data?.viewer?.isStaff ?? false,
    households: (data?.viewer?.households ?? []).map((h) => ({
      buildingId: h.building.id,
      compound: { ...placeCompound(h.building.compound), communityId: h.building.compound.community.id },
    })),
    communities: (data?.communities ?? []).map(placeCommunity),
  }
}
