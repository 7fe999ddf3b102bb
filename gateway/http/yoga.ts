import { useGraphQlJit } from '@envelop/graphql-jit'
import { EnvelopArmor } from '@escape.tech/graphql-armor'
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection'
import { GraphQLError } from 'graphql'
import { createYoga, type Plugin } from 'graphql-yoga'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Logger } from 'pino'
import type { Config } from '../config'
import type { GatewayContext } from '../context'
import { variableMistake } from '../lib/input-errors'
import { applyInputRules } from '../lib/input-rules'
import { limitRequestBody } from './body-limit'
import { publicListCache, type SharedDrops } from './response-cache'
import { corsFor, requestGuards } from './request-guard'
import { persistedOperationsPlugin } from './persisted-operations'

const KNOWN_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED'])

/** Client mistakes that graphql-js and the limits report without a code get BAD_USER_INPUT, said in Chinese first. */
const codeClientErrors: Plugin = {
  onValidate: () => ({ result, setResult }) => {
    if (result.length) setResult(result.map((e) => (e.extensions?.code ? e : new GraphQLError(`请求有误:${e.message}`, { nodes: e.nodes, source: e.source, positions: e.positions, path: e.path, originalError: e.originalError, extensions: { ...e.extensions, code: 'BAD_USER_INPUT' } }))))
  },
}

export type ServerContext = { req: IncomingMessage; res: ServerResponse }

/** graphql-yoga with the hardening every operation gets: limits, masking, no batching, no introspection in production. */
export function createGraphQLHandler(
  config: Config,
  log: Logger,
  schema: import('graphql').GraphQLSchema,
  makeContext: (req: IncomingMessage) => Promise<GatewayContext>,
  /** Redis pub/sub between instances: a write on one drops the public lists of all. */
  publicLists?: SharedDrops,
) {
  const armor = new EnvelopArmor({
    maxDepth: { n: 10 },
    maxAliases: { n: 15 },
    maxTokens: { n: 3000 },
    maxDirectives: { n: 20 },
    costLimit: { maxCost: 5000 },
    blockFieldSuggestion: { enabled: config.production },
  })
  return createYoga<ServerContext, GatewayContext>({
    schema: applyInputRules(schema),
    graphqlEndpoint: '/graphql',
    graphiql: !config.production,
    landingPage: false,
    batching: false,
    // The body limit is limitRequestBody's (below): the same limit without a stream per request.
    maxRequestBodySize: false,
    cors: corsFor(config.corsOrigins),
    logging: {
      debug: (...args) => log.debug(args.map(String).join(' ')),
      info: (...args) => log.info(args.map(String).join(' ')),
      warn: (...args) => log.warn(args.map(String).join(' ')),
      error: (...args) => log.warn(args.map(String).join(' ')),
    },
    maskedErrors: {
      // Duck-typed, not instanceof: under test runners graphql can load twice (ESM and CJS copies).
      maskError(error) {
        const e = error as { extensions?: { code?: unknown }; originalError?: unknown; locations?: unknown }
        const original = e.originalError as { extensions?: { code?: unknown } } | undefined
        const mistake = variableMistake(error, config.production)
        if (mistake) return mistake
        if (KNOWN_CODES.has(String(original?.extensions?.code)) || KNOWN_CODES.has(String(e.extensions?.code))) return error as Error
        // graphql-js's own errors (a variable of the wrong type, say) carry no original error.
        if (!original && e.locations !== undefined) return error as Error
        // Errors about the request as a whole (graphql-armor's limits, thrown during validation; Yoga's
        // refusal of a batch or a bad body) are GraphQLErrors with no original error: client mistakes.
        if (!original && (error as { name?: unknown }).name === 'GraphQLError') {
          const http = (e.extensions as { http?: unknown } | undefined)?.http
          return new GraphQLError(String((error as Error).message), { extensions: { code: 'BAD_USER_INPUT', ...(http ? { http } : {}) } })
        }
        log.error({ err: original ?? error }, 'unexpected error')
        return new GraphQLError('服务器开小差了,请稍后再试', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })
      },
    },
    plugins: [
      ...requestGuards(config),
      // Persisted operations first among the plugins that read the document: the hash's text must be in place before the limits read it.
      persistedOperationsPlugin(config),
      ...armor.protect().plugins,
      codeClientErrors,
      ...(config.production ? [useDisableIntrospection()] : []),
      // Operations compiled to plain functions once per document (Yoga's parse cache keeps the
      // document, so the compiled form is reused): about a third faster than graphql-js's executor.
      useGraphQlJit({}, { onError: (result) => log.warn({ errors: result.errors }, 'graphql-jit could not compile an operation') }),
      // After graphql-jit: the cache wraps whichever executor is in place when it runs.
      ...publicListCache(config, publicLists),
      // Last: it wraps whichever request parser Yoga chose.
      limitRequestBody(),
    ],
    context: ({ req }) => makeContext(req),
  })
}
