import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { nginxConfig } from '../../scripts/nginx-config'

// nginx (the Debian package) as the load balancer in front of the gateway instances, started in
// the foreground with the config of scripts/nginx-config.ts (the one the README's Deploy section shows).

export const NGINX = process.env.LINLI_NGINX ?? '/usr/sbin/nginx'

/** A free TCP port on 127.0.0.1 (free now; nginx binds it a moment later). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export interface Nginx {
  url: string
  configPath: string
  /** The error log so far (for a failing test's message). */
  errors(): string
  /** Rewrites the config with these upstreams and reloads it (SIGHUP); resolves once a request reaches each of them. */
  reload(upstreams: readonly string[]): Promise<void>
  stop(): Promise<void>
}

/** Starts nginx in the foreground with its config, pid, logs and temp files in `dir`; resolves once it answers. */
export async function startNginx(upstreams: readonly string[], dir: string): Promise<Nginx> {
  fs.mkdirSync(dir, { recursive: true })
  const root = process.getuid?.() === 0
  // Started as root, nginx's workers run as www-data and create their temp directories under `dir`.
  if (root) fs.chmodSync(dir, 0o755)
  const port = await freePort()
  const configPath = path.join(dir, 'nginx.conf')
  const write = (list: readonly string[]) => fs.writeFileSync(configPath, nginxConfig({ upstreams: list, listen: `127.0.0.1:${port}`, dir, user: root ? 'www-data' : undefined }))
  write(upstreams)
  const child: ChildProcess = spawn(NGINX, ['-c', configPath, '-p', dir, '-e', path.join(dir, 'error.log')], { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr?.on('data', (chunk) => void (stderr += String(chunk)))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const errors = () => {
    const log = path.join(dir, 'error.log')
    return stderr + (fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '')
  }
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited at start:\n${errors()}`)
    const up = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (up) break
    if (i > 100) throw new Error(`nginx does not listen on ${url}:\n${errors()}`)
    await new Promise((r) => setTimeout(r, 50))
  }
  return {
    url,
    configPath,
    errors,
    reload: async (list) => {
      write(list)
      child.kill('SIGHUP')
      // The new workers take over gracefully; round robin then reaches every upstream within a few requests.
      const seen = new Set<string>()
      for (let i = 0; i < 200 && list.some((u) => !seen.has(u)); i++) {
        const res = await fetch(`${url}/healthz`).catch(() => null)
        for (const u of (res?.headers.get('x-linli-upstream') ?? '').split(', ')) if (res?.ok) seen.add(u)
        await res?.arrayBuffer()
        if (list.some((u) => !seen.has(u))) await new Promise((r) => setTimeout(r, 25))
      }
      const missing = list.filter((u) => !seen.has(u))
      if (missing.length) throw new Error(`nginx reloaded but never reached ${missing.join(', ')}:\n${errors()}`)
    },
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM')
        await exited
      }
    },
  }
}

/** Why nginx cannot run here, or null when it can. */
export function nginxMissing(): string | null {
  try {
    fs.accessSync(NGINX, fs.constants.X_OK)
    return null
  } catch {
    return `nginx not found at ${NGINX} (apt-get install -y nginx)`
  }
}
