import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createGateway, type GatewayOptions } from './app'
import { ConfigError, loadConfig } from './config'

/** Starts the gateway the environment configures, until SIGTERM or SIGINT (test/cluster/instance.ts passes options). */
export async function main(options: GatewayOptions = {}): Promise<void> {
  let config
  try {
    config = loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
  const gateway = await createGateway(config, { ...options, schema: config.database.engine === 'postgres' ? config.database.schema : undefined })
  const url = await gateway.listen()
  const where = config.database.engine === 'sqlite' ? `SQLite ${config.database.file}` : 'PostgreSQL'
  gateway.log.info({ url, engine: config.database.engine }, 'gateway listening')
  console.log(`Linli gateway listening on ${url} (GraphQL at ${url}/graphql, H5 at ${url}/, database: ${where})`)

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    gateway.log.info({ signal }, 'shutting down')
    const force = setTimeout(() => process.exit(1), config.drainDelayMs + 20_000) // the drain, then in-flight requests and running jobs
    force.unref()
    gateway.close().then(
      () => process.exit(0),
      (err: unknown) => {
        gateway.log.error({ err }, 'shutdown failed')
        process.exit(1)
      },
    )
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
}

export function exitOnFailure(err: unknown): never {
  console.error('Linli gateway failed to start:', err)
  process.exit(1)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main().catch(exitOnFailure)
