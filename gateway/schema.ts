import fs from 'node:fs'
import path from 'node:path'
import { makeExecutableSchema } from '@graphql-tools/schema'
import type { GraphQLSchema } from 'graphql'
import type { Resolvers } from './generated/resolvers'
import { accountsResolvers } from './modules/accounts/resolvers'
import { activitiesResolvers } from './modules/activities/resolvers'
import { auditResolvers } from './modules/audit/resolvers'
import { communityResolvers } from './modules/community/resolvers'
import { coreResolvers } from './modules/core/resolvers'
import { consultResolvers } from './modules/consult/resolvers'
import { issuesResolvers } from './modules/issues/resolvers'
import { linksResolvers } from './modules/links/resolvers'
import { mediaResolvers } from './modules/media/resolvers'
import { noticesResolvers } from './modules/notices/resolvers'
import { notifyResolvers } from './modules/notify/resolvers'
import { rosterResolvers } from './modules/roster/resolvers'
import { financesResolvers } from './modules/finances/resolvers'

const MODULES_DIR = path.join(__dirname, 'modules')

/** Every module's SDL, core first (it declares the root types the others extend). */
export function loadTypeDefs(): string[] {
  const modules = fs.readdirSync(MODULES_DIR).filter((m) => fs.existsSync(path.join(MODULES_DIR, m, 'schema.graphql')))
  modules.sort((a, b) => (a === 'core' ? -1 : b === 'core' ? 1 : a.localeCompare(b)))
  return modules.map((m) => fs.readFileSync(path.join(MODULES_DIR, m, 'schema.graphql'), 'utf8'))
}

const resolvers: Resolvers[] = [coreResolvers, communityResolvers, accountsResolvers, mediaResolvers, notifyResolvers, auditResolvers, noticesResolvers, issuesResolvers, activitiesResolvers, consultResolvers, rosterResolvers, linksResolvers, financesResolvers]

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as never }) // graphql-tools' resolver map type is looser than codegen's
}
