import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { nginxConfig, nginxSite } from '../../scripts/nginx-config'

// The README shows the nginx config the cluster test runs: both come from scripts/nginx-config.ts.

describe('the nginx config', () => {
  it('is the one the README shows for a deployment', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8')
    const shown = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1]
    const tls = { domain: 'linli.example.cn', certificate: '/etc/nginx/tls/linli.example.cn.pem', key: '/etc/nginx/tls/linli.example.cn.key' }
    expect(shown).toBe(nginxSite({ upstreams: ['10.0.0.11:4000', '10.0.0.12:4000', '10.0.0.13:4000'], tls }))
  })

  it('wraps the same site for the test: foreground, every path in its directory, plain HTTP on loopback', () => {
    const site = nginxSite({ upstreams: ['127.0.0.1:4001'], listen: '127.0.0.1:8080' })
    const whole = nginxConfig({ upstreams: ['127.0.0.1:4001'], listen: '127.0.0.1:8080', dir: '/tmp/linli-nginx' })
    expect(whole).toContain('daemon off;')
    expect(whole.replace(/^ {2}/gm, '')).toContain(site)
    for (const line of whole.split('\n').filter((l) => /_path |^pid |error_log /.test(l.trim()))) expect(line).toContain('/tmp/linli-nginx/')
    expect(whole).not.toContain('ssl')
  })
})
