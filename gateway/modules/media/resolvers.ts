import type { Resolvers } from '../../generated/resolvers'
import { mediaUrl } from './service'

export const mediaResolvers: Resolvers = {
  Media: {
    sizeBytes: (m) => m.size_bytes,
    url: (m, _a, ctx) => mediaUrl(ctx, m),
  },
}
