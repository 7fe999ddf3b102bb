import { randomInt } from 'node:crypto'

// Short codes: 8 characters of an alphabet without look-alikes (no 0/o, 1/l/i), so a code read
// off a printed poster can be typed back; 31^8 ≈ 8.5 × 10^11 codes, drawn at random.

export const CODE_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz'
export const CODE_LENGTH = 8
export const CODE_PATTERN = /^[23456789abcdefghjkmnpqrstuvwxyz]{8}$/

export function newShortCode(): string {
  let code = ''
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]
  return code
}
