import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

// nginx (the Debian package) as the load balancer in front of the gateway instances: the cluster
// test, the cluster benchmark and the README's Deploy section all use the one config below.

export const NGINX = process.env.LINLI_NGINX ?? '/usr/sbin/nginx'

export interface NginxConfigOptions {
  /** host:port of every gateway instance. */
  upstreams: readonly string[]
  /** Where nginx listens, e.g. 127.0.0.1:8080 (a deployment: 443 ssl, see the README). */
  listen: string
  /** Directory for the pid file, logs and request-body temp files. */
  dir: string
  /** Run in the foreground, started and stopped by a test (a deployment leaves it to systemd). */
  foreground?: boolean
  /** The worker's user when nginx starts as root (Debian: www-data). */
  user?: string
}

/** The nginx config: round robin over the instances, a failed instance skipped, the client's address passed on. */
export function nginxConfig(o: NginxConfigOptions): string {
  const p = (name: string) => path.join(o.dir, name)
  return `${o.foreground ? 'daemon off;\n' : ''}${o.user ? `user ${o.user};\n` : ''}worker_processes auto;
pid ${p('nginx.pid')};
error_log ${p('error.log')} warn;

events {
  worker_connections 4096;
}

http {
  access_log off;
  client_body_temp_path ${p('client_body')};
  proxy_temp_path ${p('proxy')};
  fastcgi_temp_path ${p('fastcgi')};
  uwsgi_temp_path ${p('uwsgi')};
  scgi_temp_path ${p('scgi')};

  upstream linli_gateway {
    # Round robin (nginx's default). An instance that refuses a connection or times out is skipped
    # for 5 s; nginx (open source) has no active health checks, so /readyz is for orchestrators.
${o.upstreams.map((u) => `    server ${u} max_fails=1 fail_timeout=5s;`).join('\n')}
    keepalive 64;
  }

  server {
    listen ${o.listen};
    # Uploads: MEDIA_MAX_BYTES (5 MiB) plus the multipart envelope.
    client_max_body_size 6m;

    location / {
      proxy_pass http://linli_gateway;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      # One trusted hop: run the gateway with LINLI_TRUSTED_PROXY_HOPS=1.
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # A request is passed to the next instance only while none has received it (nginx never
      # repeats a POST that reached an instance: a sign-up or a ballot is not sent twice).
      proxy_next_upstream error timeout http_503;
      proxy_next_upstream_tries 3;
      # Which instance answered (the cluster test checks the load was spread).
      add_header X-Linli-Upstream $upstream_addr always;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
    }
  }
}
`
}

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
  fs.writeFileSync(configPath, nginxConfig({ upstreams, listen: `127.0.0.1:${port}`, dir, foreground: true, user: root ? 'www-data' : undefined }))
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
