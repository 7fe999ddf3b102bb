// Seat allocation: plain rules, no database. The service calls these inside a transaction that holds
// the activity's lock, with confirmed seats counted from the registrations table in that transaction.

export type RegistrationStatus = 'PENDING' | 'CONFIRMED' | 'WAITLISTED' | 'DECLINED' | 'CANCELLED' | 'ATTENDED'

/** Registrations that count against "one per person per activity". */
export const ACTIVE: readonly RegistrationStatus[] = ['PENDING', 'CONFIRMED', 'WAITLISTED', 'ATTENDED']
/** Registrations holding seats: confirmedSeats is the sum of their party sizes. */
export const SEATED: readonly RegistrationStatus[] = ['CONFIRMED', 'ATTENDED']

export function isActive(status: string): boolean {
  return ACTIVE.includes(status as RegistrationStatus)
}

export interface Seats {
  capacity: number
  /** Sum of party sizes of CONFIRMED and ATTENDED registrations. */
  confirmedSeats: number
  waitlist: boolean
}

/** Where a registration lands; FULL means refused (no room and no waitlist: CONFLICT 名额已满). */
export type Placement = 'CONFIRMED' | 'WAITLISTED' | 'PENDING' | 'FULL'

/**
 * A new registration of `partySize`: PENDING when the activity needs approval (and this is not the
 * approval itself); otherwise CONFIRMED while the whole party fits, else WAITLISTED when the organiser
 * allows a waitlist, else FULL. A party is never split.
 */
export function place(seats: Seats, partySize: number, opts: { needsApproval: boolean; reviewing?: boolean }): Placement {
  if (opts.needsApproval && !opts.reviewing) return 'PENDING'
  if (seats.confirmedSeats + partySize <= seats.capacity) return 'CONFIRMED'
  return seats.waitlist ? 'WAITLISTED' : 'FULL'
}

export function seatsLeft(seats: Pick<Seats, 'capacity' | 'confirmedSeats'>): number {
  return Math.max(0, seats.capacity - seats.confirmedSeats)
}

export interface Waiting { id: string; partySize: number }

/**
 * Which waitlisted registrations to confirm when `freeSeats` open up: in arrival order, each whose
 * party fits in what is still free; one that does not fit is skipped and the search goes on.
 */
export function promote(freeSeats: number, waiting: readonly Waiting[]): string[] {
  let free = freeSeats
  const promoted: string[] = []
  for (const w of waiting) {
    if (free <= 0) break
    if (w.partySize <= free) {
      promoted.push(w.id)
      free -= w.partySize
    }
  }
  return promoted
}

/** 1..n among WAITLISTED in arrival order (ids are time-ordered); null for anyone not waiting. */
export function waitlistPositions(waitingIdsInOrder: readonly string[]): Map<string, number> {
  return new Map(waitingIdsInOrder.map((id, i) => [id, i + 1]))
}

// Check-in codes: 8 characters without look-alikes (no 0/O, 1/I/L): 31^8 ≈ 8.5 × 10^11 codes.
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const CODE_LENGTH = 8

/** A code from random integers (the caller passes crypto's randomInt). */
export function checkInCode(randomInt: (max: number) => number): string {
  let code = ''
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]
  return code
}

/** What a person typed or scanned, as stored: upper case, no spaces or dashes. */
export function normaliseCode(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase()
}
