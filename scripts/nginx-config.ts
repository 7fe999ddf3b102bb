import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

// The nginx config in front of several gateway instances: the cluster test and benchmark start
// nginx with it, and a deployment puts the same upstream and server blocks into
// /etc/nginx/conf.d/linli.conf:
//   npx tsx scripts/nginx-config.ts --domain linli.example.cn --cert /etc/nginx/tls/linli.pem --key /etc/nginx/tls/linli.key 10.0.0.11:4000 10.0.0.12:4000

export interface NginxSiteOptions {
  /** host:port of every gateway instance. */
  upstreams: readonly string[]
  /** Plain HTTP on this address (the test: 127.0.0.1:<port>); ignored with `tls`. */
  listen?: string
  /** HTTPS on 443 for a domain (HTTP on 80 only redirects to it). */
  tls?: { domain: string; certificate: string; key: string }
}

/** The upstream and server blocks (nginx's `http` context): round robin, a dead instance skipped, the client's address passed on. */
export function nginxSite(o: NginxSiteOptions): string {
  const servers = o.upstreams.map((u) => `  server ${u} max_fails=1 fail_timeout=5s;`).join('\n')
  const location = `    # Uploads: MEDIA_MAX_BYTES (5 MiB) plus the multipart envelope.
    client_max_body_size 6m;

    location / {
      proxy_pass http://linli_gateway;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      # The client's Host with its port: the gateway signs media URLs on it.
      proxy_set_header Host $http_host;
      # One trusted hop: run the gateway with LINLI_TRUSTED_PROXY_HOPS=1.
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # A request moves to the next instance only while none has received it: nginx never repeats
      # a POST that reached an instance, so a sign-up or a ballot is never sent twice.
      proxy_next_upstream error timeout http_503;
      proxy_next_upstream_tries 3;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
      # Which instance answered (the cluster test checks that the load was spread).
      add_header X-Linli-Upstream $upstream_addr always;
    }`
  const upstream = `upstream linli_gateway {
  # Round robin (nginx's default). An instance that refuses a connection or times out is left out
  # for 5 s. Open-source nginx has no active health checks: /readyz is for orchestrators.
${servers}
  keepalive 64;
}
`
  if (!o.tls) return `${upstream}
server {
    listen ${o.listen ?? '127.0.0.1:8080'};
${location}
}
`
  return `${upstream}
server {
    listen 80;
    server_name ${o.tls.domain};
    return 301 https://$host$request_uri;
}

server {
    listen 443 ssl;
    server_name ${o.tls.domain};
    ssl_certificate ${o.tls.certificate};
    ssl_certificate_key ${o.tls.key};
    # WeChat's request domains need TLS 1.2 or later and a certificate chain it trusts.
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_session_cache shared:linli_tls:10m;
${location}
}
`
}

export interface NginxConfigOptions extends NginxSiteOptions {
  /** Directory for the pid file, the error log and request-body temp files. */
  dir: string
  /** The worker's user when nginx starts as root (Debian: www-data). */
  user?: string
}

/** A whole nginx.conf around `nginxSite`, running in the foreground with every file in `dir` (the test's). */
export function nginxConfig(o: NginxConfigOptions): string {
  const p = (name: string) => path.join(o.dir, name)
  const site = nginxSite(o).replace(/^(?=.)/gm, '  ')
  return `daemon off;
${o.user ? `user ${o.user};\n` : ''}worker_processes auto;
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

${site}}
`
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { domain: { type: 'string' }, cert: { type: 'string' }, key: { type: 'string' }, listen: { type: 'string' } } })
  if (!positionals.length) {
    console.error('usage: tsx scripts/nginx-config.ts [--domain D --cert FILE --key FILE | --listen ADDR] host:port…')
    process.exit(2)
  }
  const tls = values.domain ? { domain: values.domain, certificate: values.cert ?? `/etc/nginx/tls/${values.domain}.pem`, key: values.key ?? `/etc/nginx/tls/${values.domain}.key` } : undefined
  process.stdout.write(nginxSite({ upstreams: positionals, listen: values.listen, tls }))
}
