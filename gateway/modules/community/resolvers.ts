import type { Resolvers } from '../../generated/resolvers'
import * as community from './service'
import { listCommunities } from './store'

export const communityResolvers: Resolvers = {
  Query: {
    communities: (_p, _a, ctx) => listCommunities(ctx.db),
    community: (_p, { id }, ctx) => community.findById(id, community.communityById, ctx),
    building: (_p, { id }, ctx) => community.findById(id, community.buildingById, ctx),
  },
  Community: {
    street: (c, _a, ctx) => community.required(community.streetById(ctx).load(c.street_id), 'street'),
    compounds: (c, _a, ctx) => community.compoundsOfCommunity(ctx).load(c.id),
    grids: (c, _a, ctx) => community.gridsOfCommunity(ctx).load(c.id),
  },
  Grid: {
    community: (g, _a, ctx) => community.required(community.communityById(ctx).load(g.community_id), 'community'),
    buildings: (g, _a, ctx) => community.buildingsOfGrid(ctx).load(g.id),
  },
  Compound: {
    community: (c, _a, ctx) => community.required(community.communityById(ctx).load(c.community_id), 'community'),
    buildings: (c, _a, ctx) => community.buildingsOfCompound(ctx).load(c.id),
  },
  Building: {
    compound: (b, _a, ctx) => community.required(community.compoundById(ctx).load(b.compound_id), 'compound'),
    grid: (b, _a, ctx) => community.required(community.gridById(ctx).load(b.grid_id), 'grid'),
  },
}
