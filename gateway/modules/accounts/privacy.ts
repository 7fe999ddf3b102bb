import type { GatewayContext } from '../../context'
import type { DB } from '../../db/database'
import type { AccountRow } from '../../db/tables'
import { beijingMinute } from '../../lib/beijing-time'
import { nowIso } from '../../lib/ids'
import { requireViewer } from './service'

// PIPL art. 45 and 47: a person takes everything held about them (JSON, and the same as readable
// Chinese) and erases it. Each module contributes its own part (modules/<m>/privacy.ts, registered
// from the module's resolvers), so what a module stores and what its export and erasure do sit
// together, and a new module adds a part without touching the others.

/** Something kept after deletion, and why: the privacy page lists exactly these. */
export interface Kept { what: string; why: string }

/** One heading of the readable export, with a line per item (times already in Beijing time). */
export interface ReadableSection { title: string; lines: string[] }

export interface PersonalDataPart {
  /** Its place in the export (smaller first) and its keys in the JSON. */
  order: number
  /** The person's data as JSON (keys become top-level keys of the export) and as readable sections. */
  collect(db: DB, person: AccountRow): Promise<{ data: Record<string, unknown>; readable: ReadableSection[] }>
  /**
   * Erases or anonymises the person's data inside the deletion's transaction; answers the stored
   * names of files to delete once it commits. Parts erase in reverse order (the account's row last).
   */
  erase(trx: DB, ctx: GatewayContext, person: AccountRow): Promise<string[]>
  kept: Kept[]
}

const parts: PersonalDataPart[] = []

export function registerPersonalData(part: PersonalDataPart): void {
  parts.push(part)
  parts.sort((a, b) => a.order - b.order)
}

/** Everything kept after deletion, from every module: the one list behind the privacy page. */
export function keptAfterDeletion(): Kept[] {
  return parts.flatMap((p) => p.kept)
}

/** Readable sections as text/markdown: headings, one line per item, a count where a section is a list. */
export function readableText(exportedAt: string, sections: readonly ReadableSection[]): string {
  const out = ['# 邻里 · 我的个人信息', '', `导出时间:${beijingMinute(exportedAt)}(北京时间)`, '']
  for (const s of sections) {
    out.push(`## ${s.title}`, '')
    out.push(...(s.lines.length ? s.lines.map((l) => `- ${l}`) : ['- (无)']), '')
  }
  return out.join('\n')
}

/** Everything held about the viewer (PIPL art. 45): each module's part, as JSON and as readable Chinese (`readable`). */
export async function exportMyData(ctx: GatewayContext): Promise<Record<string, unknown>> {
  const viewer = requireViewer(ctx)
  const exportedAt = nowIso()
  const collected = await Promise.all(parts.map((p) => p.collect(ctx.db, viewer.account)))
  const data = Object.assign({}, ...collected.map((c) => c.data)) as Record<string, unknown> // each part owns distinct keys
  return { exportedAt, ...data, readable: readableText(exportedAt, collected.flatMap((c) => c.readable)) }
}

/**
 * Erases or anonymises everything about the viewer in one transaction, every module's part; the
 * account row stays as an empty tombstone so counts and tallies hold. Files go once it has committed
 * (a failed deletion leaves them in place; a file that cannot be removed is logged, its row is gone).
 */
export async function deleteMyAccount(ctx: GatewayContext): Promise<boolean> {
  const viewer = requireViewer(ctx)
  const files = await ctx.db.transaction().execute(async (trx) => {
    const names: string[] = []
    for (const part of [...parts].reverse()) names.push(...(await part.erase(trx, ctx, viewer.account)))
    return names
  })
  ctx.loaders.clear()
  await ctx.viewerCache.invalidate(viewer.account.id) // after the commit: the token is refused from the next request on
  for (const name of new Set(files)) {
    await ctx.storage.remove(name).catch((err: unknown) => ctx.log.warn({ err, name }, 'erased file not removed'))
  }
  return true
}
