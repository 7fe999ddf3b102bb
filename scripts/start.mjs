// `npm start`: the product on its embedded default. Builds the H5 app when it is missing, then runs
// the gateway (SQLite under data/, demo data on first start), which serves H5 at / and GraphQL at /graphql.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const h5Dir = process.env.H5_DIR ? path.resolve(root, process.env.H5_DIR) : path.join(root, 'dist', 'h5')

if (process.env.H5_DIR && !fs.existsSync(path.join(h5Dir, 'index.html'))) {
  console.warn(`H5_DIR=${process.env.H5_DIR} holds no built app (index.html); the gateway will serve GraphQL only.`)
} else if (!fs.existsSync(path.join(h5Dir, 'index.html'))) {
  console.log('H5 app not built yet: building it once (npm run build:h5, about half a minute)…')
  const build = spawnSync('npm', ['run', 'build:h5'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const gateway = spawn(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(root, 'gateway', 'main.ts')], {
  cwd: root,
  stdio: 'inherit',
  // Dev sign-in (any demo account by handle) for a browser on this machine only; the gateway says so
  // loudly at start. LINLI_DEV_SIGNIN=0 turns it off, =any opens it to the network (phones on the LAN).
  env: { NODE_ENV: 'development', LINLI_DEV_SIGNIN: 'loopback', ...process.env },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => gateway.kill(signal))
gateway.on('exit', (code) => process.exit(code ?? 0))
