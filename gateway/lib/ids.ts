import { v7 as uuidv7 } from 'uuid'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** A new UUIDv7: ordered by creation, not guessable. */
export function newId(): string {
  return uuidv7()
}

/** Whether a client-supplied id is well formed; a malformed id is treated as a missing object. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value)
}

export function nowIso(): string {
  return new Date().toISOString()
}
