import { describe, expect, it } from 'vitest'
import {
  claimInput,
  defaultCommunityId,
  emptyClaim,
  fieldOfServerError,
  parseDraft,
  reconcileWithPlaces,
  validateClaim,
  type ClaimValues,
} from '@/features/account/claim-form'

const valid: ClaimValues = {
  communityId: 'c1',
  compoundId: 'cp1',
  buildingId: 'b1',
  unit: '1',
  room: '101',
  area: '86.5',
  relation: 'OWNER',
}

const places = [
  { id: 'c0', compounds: [{ id: 'x', name: '新华东街小区', buildings: [{ id: 'bx' }] }] },
  { id: 'c1', compounds: [{ id: 'cp1', name: '众望小区', buildings: [{ id: 'b1' }, { id: 'b2' }] }] },
]

describe('validateClaim', () => {
  it('accepts a complete claim', () => {
    expect(validateClaim(valid)).toEqual({})
  })

  it('names every missing field in Chinese', () => {
    const errors = validateClaim(emptyClaim)
    expect(Object.keys(errors).sort()).toEqual(['area', 'buildingId', 'compoundId', 'room', 'unit'])
    expect(errors.unit).toBe('请填写单元（1 到 16 个字）')
    expect(errors.buildingId).toBe('请选择楼栋')
  })

  it('uses the gateway limits: unit and room 1–16 characters after trimming', () => {
    expect(validateClaim({ ...valid, unit: '   ' }).unit).toBeDefined()
    expect(validateClaim({ ...valid, unit: 'x'.repeat(16) }).unit).toBeUndefined()
    expect(validateClaim({ ...valid, room: 'x'.repeat(17) }).room).toBeDefined()
    expect(validateClaim({ ...valid, room: ' 502 ' }).room).toBeUndefined()
  })

  it('area must be a number from 1 to 10000', () => {
    for (const ok of ['1', '10000', '75.2']) expect(validateClaim({ ...valid, area: ok }).area).toBeUndefined()
    for (const bad of ['0', '0.5', '10000.1', 'abc', '', '-5', '1e3']) {
      expect(validateClaim({ ...valid, area: bad }).area, bad).toBe('面积请填 1 到 10000 之间的数字（单位：平方米）')
    }
  })

  it('turns values into the mutation input, trimmed and numeric', () => {
    expect(claimInput({ ...valid, unit: ' 2 ', area: ' 92 ' })).toEqual({
      buildingId: 'b1',
      unit: '2',
      room: '101',
      areaM2: 92,
      relation: 'OWNER',
    })
  })
})

describe('places and drafts', () => {
  it('starts on the community with 众望小区', () => {
    expect(defaultCommunityId(places)).toBe('c1')
    expect(defaultCommunityId([places[0]])).toBe('c0')
    expect(defaultCommunityId([])).toBe('')
  })

  it('keeps a draft whose choices still exist and drops the ones that do not', () => {
    expect(reconcileWithPlaces(valid, places)).toBe(valid)
    expect(reconcileWithPlaces({ ...valid, buildingId: 'gone' }, places)).toEqual({ ...valid, buildingId: '' })
    // An unknown community falls back to 众望小区's, whose only compound is then chosen for the resident.
    expect(reconcileWithPlaces({ ...valid, communityId: 'gone' }, places)).toMatchObject({ communityId: 'c1', compoundId: 'cp1', buildingId: '', unit: '1' })
    expect(reconcileWithPlaces({ ...valid, compoundId: '' }, places)).toMatchObject({ compoundId: 'cp1', buildingId: '' })
    expect(reconcileWithPlaces(valid, [])).toBe(valid)
  })

  it('reads back only well-formed drafts', () => {
    expect(parseDraft(valid)).toEqual(valid)
    expect(parseDraft({ ...valid, relation: 'LANDLORD' })).toBeNull()
    expect(parseDraft({ ...valid, area: 86 })).toBeNull()
    expect(parseDraft('')).toBeNull()
  })

  it('maps the gateway field of a BAD_USER_INPUT to the form field', () => {
    expect(fieldOfServerError('areaM2')).toBe('area')
    expect(fieldOfServerError('unit')).toBe('unit')
    expect(fieldOfServerError('code')).toBeNull()
  })
})
