import { CompiledQuery, type Compilable, type Kysely } from 'kysely'

// A hot statement built by Kysely's query builder once per shape, not once per request. The builder
// is given named slots instead of values; the compiled SQL is kept with, for each of its parameters,
// either the slot it takes its value from or the constant the builder put there. A request only
// fills the slots. Building and compiling the notices page cost about a tenth of the gateway's CPU.

const SLOT = '\u0000slot:'

/** A placeholder for the value named `name`, to hand the query builder where a value goes. */
export function slot(name: string): string {
  return SLOT + name
}

/** Slots `prefix0`, `prefix1`, … for a list of values (an `in (…)` list: its length is part of the shape). */
export function slots(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => slot(`${prefix}${i}`))
}

/** The values for `slots(prefix, values.length)`. */
export function slotValues(prefix: string, values: readonly unknown[]): Record<string, unknown> {
  return Object.fromEntries(values.map((v, i) => [`${prefix}${i}`, v]))
}

interface Shape { sql: string; parameters: readonly unknown[]; fromSlot: (string | null)[] }

const MAX_SHAPES = 500

/** Compiled shapes by database (each dialect compiles its own SQL) and shape key. */
const shapesByDb = new WeakMap<object, Map<string, Shape>>()

function compile(query: Compilable<unknown>): Shape {
  const { sql, parameters } = query.compile()
  const fromSlot = parameters.map((p) => (typeof p === 'string' && p.startsWith(SLOT) ? p.slice(SLOT.length) : null))
  return { sql, parameters, fromSlot }
}

/**
 * Runs the statement of shape `key` (built by `build` on first use, with slots for values) with
 * `values` in its slots; the rows. A slot without a value is an error, never a silent NULL.
 */
export async function runShaped<R>(db: Kysely<any>, key: string, build: () => Compilable<R>, values: Readonly<Record<string, unknown>>): Promise<R[]> {
  let shapes = shapesByDb.get(db)
  if (!shapes) shapesByDb.set(db, (shapes = new Map()))
  let shape = shapes.get(key)
  if (!shape) {
    shape = compile(build())
    if (shapes.size < MAX_SHAPES) shapes.set(key, shape)
  }
  const parameters = shape.fromSlot.map((name, i) => {
    if (name === null) return shape.parameters[i]
    if (!(name in values)) throw new Error(`statement ${key}: no value for slot ${name}`)
    return values[name]
  })
  const result = await db.executeQuery<R>(CompiledQuery.raw(shape.sql, parameters))
  return result.rows
}
