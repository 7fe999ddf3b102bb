import fs from 'node:fs'

// Where the time goes: a V8 .cpuprofile (from `node --cpu-prof`) summed by self time per package
// (node_modules/<package>), our own code per top folder, and Node's internals, largest first.
// Usage: BENCH_PROFILE=/tmp/prof npx tsx bench/notices-list.ts   (or node --cpu-prof for a whole run)
//        npx tsx bench/cpu-profile-summary.ts /tmp/prof/notices-SQLite.cpuprofile

interface ProfileNode { id: number; callFrame: { functionName: string; url: string }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

function bucketOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame
  if (!url) return functionName === '(garbage collector)' ? 'garbage collection' : functionName === '(idle)' || functionName === '(program)' ? `(${functionName.replace(/[()]/g, '')})` : `native: ${functionName || 'anonymous'}`
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
  if (pkg) return pkg[1]!
  if (url.startsWith('node:')) return `node: ${url.slice(5).split('/')[0]}`
  const own = url.match(/\/(gateway|bench)\/(?:modules\/)?([^/]+)/)
  if (own) return `${own[1]}/${own[2]}`
  return url
}

const file = process.argv[2]
if (!file) throw new Error('usage: cpu-profile-summary.ts <file.cpuprofile>')
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const totals = new Map<string, number>()
profile.samples.forEach((id, i) => {
  const node = byId.get(id)
  if (!node) return
  const bucket = bucketOf(node)
  totals.set(bucket, (totals.get(bucket) ?? 0) + (profile.timeDeltas[i] ?? 0))
})
const busy = [...totals].filter(([b]) => b !== '(idle)').reduce((sum, [, t]) => sum + t, 0)
console.log(`busy ${(busy / 1000).toFixed(0)} ms (idle ${((totals.get('(idle)') ?? 0) / 1000).toFixed(0)} ms)`)
for (const [bucket, time] of [...totals].filter(([b]) => b !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`${((100 * time) / busy).toFixed(1).padStart(5)}%  ${bucket}`)
}
