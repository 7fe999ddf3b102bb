import { createGateway } from './app'
import { ConfigError, loadConfig } from './config'

async function main(): Promise<void> {
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
  const gateway = await createGateway(config, { schema: config.database.engine === 'postgres' ? config.database.schema : undefined })
  const url = await gateway.listen()
  const where = config.database.engine === 'sqlite' ? `SQLite ${config.database.file}` : 'PostgreSQL'
  gateway.log.info({ url, engine: config.database.engine }, 'gateway listening')
  console.log(`Linli gateway listening on ${url} (GraphQL at ${url}/graphql, H5 at ${url}/, database: ${where})`)

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    gateway.log.info({ signal }, 'shutting down')
    const force = setTimeout(() => process.exit(1), 10_000)
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

main().catch((err: unknown) => {
  console.error('Linli gateway failed to start:', err)
  process.exit(1)
})
