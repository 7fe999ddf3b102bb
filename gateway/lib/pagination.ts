import { errors } from './errors'

/** `first` must be 1..100: anything else is BAD_USER_INPUT rather than a silently clipped page. */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  const value = first ?? fallback
  if (!Number.isInteger(value) || value < 1 || value > 100) throw errors.badInput('每页数量 first 必须在 1 到 100 之间', 'first')
  return value
}

export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url')
}

/** Decodes a cursor made by encodeCursor; a cursor from elsewhere is BAD_USER_INPUT. */
export function decodeCursor(cursor: string | null | undefined, arity: number): (string | number)[] | null {
  if (cursor == null) return null
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (Array.isArray(values) && values.length === arity && values.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return values as (string | number)[]
    }
  } catch {
    // fall through to the error below
  }
  throw errors.badInput('分页游标 after 无效', 'after')
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[]
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
}

/** An edge whose cursor is encoded only when a query asks for it (most list pages ask for the end cursor alone). */
class Edge<T> {
  // A plain property, not #private: transpiled for older targets, a #field becomes a WeakMap lookup.
  private encoded: string | undefined = undefined
  constructor(
    readonly node: T,
    private readonly key: (row: T) => (string | number)[],
  ) {}
  get cursor(): string {
    return (this.encoded ??= encodeCursor(this.key(this.node)))
  }
}

/** Builds a connection from rows fetched with limit first+1; `key` gives each row's cursor values. */
export function toConnection<T>(rows: T[], first: number, key: (row: T) => (string | number)[]): Connection<T> {
  const edges = rows.slice(0, first).map((node) => new Edge(node, key))
  const last = edges.at(-1)
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      get endCursor() {
        return last?.cursor ?? null
      },
    },
  }
}
