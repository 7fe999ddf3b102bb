import { describe, expect, it } from 'vitest'
import { tally } from '../../gateway/modules/consult/tally'
import { formatAreaCenti, parseAreaCenti } from '../../gateway/modules/roster/area'
import { ballotHash, brokenLink, GENESIS_HASH } from '../../gateway/modules/roster/chain'
import { matchStatus } from '../../gateway/modules/roster/claims'
import { countedBallots } from '../../gateway/modules/roster/electorate'
import { previewRows } from '../../gateway/modules/roster/import-rows'
import { DEVELOPER_KEY, maskPhone, ownerKeyOf, ownersAsVoters } from '../../gateway/modules/roster/owners'
import type { OwnerBallotRow } from '../../gateway/modules/roster/tables'

// The roster's rules as plain functions: exact areas, the SPC's counting of owners, the import's
// row problems, which ballot counts, and the hash chain.

describe('areas in hundredths of m²', () => {
  it('parses exactly, never through a float', () => {
    expect(parseAreaCenti('89.5')).toEqual({ ok: true, centi: 8950 })
    expect(parseAreaCenti('1,089.05 ㎡')).toEqual({ ok: true, centi: 108905 })
    expect(parseAreaCenti('0.29')).toEqual({ ok: true, centi: 29 }) // 0.29 * 100 is 28.999999999999996 as a float
    expect(parseAreaCenti('')).toEqual({ ok: false, problem: 'MISSING_AREA' })
    expect(parseAreaCenti('0')).toEqual({ ok: false, problem: 'AREA_NOT_POSITIVE' })
    expect(parseAreaCenti('-12.5')).toEqual({ ok: false, problem: 'AREA_NOT_POSITIVE' })
    expect(parseAreaCenti('89.505')).toEqual({ ok: false, problem: 'BAD_AREA' })
    expect(parseAreaCenti('约90')).toEqual({ ok: false, problem: 'BAD_AREA' })
    expect(formatAreaCenti(8905)).toBe('89.05')
  })
})

describe('owners as the SPC counts them', () => {
  const unit = (owner_key: string, area_centi: number) => ({ owner_key, area_centi })
  it('counts one unit one owner, one person of several units once with the areas added, and all developer-unsold units as one owner', () => {
    const wang = ownerKeyOf({ kind: 'RESIDENTIAL', ownerNames: '王建国', phone: '139 0353 1234' })
    expect(ownerKeyOf({ kind: 'RESIDENTIAL', ownerNames: '王建国', phone: '13903531234' })).toBe(wang)
    expect(ownerKeyOf({ kind: 'RESIDENTIAL', ownerNames: '王建国', phone: '13900000000' })).not.toBe(wang) // a namesake is another person
    expect(ownerKeyOf({ kind: 'RESIDENTIAL', ownerNames: '李四、张三', phone: null })).toBe(ownerKeyOf({ kind: 'RESIDENTIAL', ownerNames: '张三,李四', phone: null })) // co-owners in any order
    expect(ownerKeyOf({ kind: 'DEVELOPER_UNSOLD', ownerNames: '某某置业', phone: '1' })).toBe(DEVELOPER_KEY)
    const voters = ownersAsVoters([unit(wang, 9000), unit(wang, 6050), unit('o_a', 8000), unit(DEVELOPER_KEY, 10000), unit(DEVELOPER_KEY, 12000), unit(DEVELOPER_KEY, 7000)], (k) => (k === wang ? ['yes'] : null))
    expect(voters).toEqual([
      { households: 2, areaCenti: 15050, areaM2: 150.5, choice: ['yes'] },
      { households: 1, areaCenti: 8000, areaM2: 80, choice: null },
      { households: 3, areaCenti: 29000, areaM2: 290, choice: null },
    ])
  })

  it('decides article 278 on owners and on exact area, both at two thirds', () => {
    // Three owners; two vote. Two thirds of the owners exactly, and of the area exactly: 2/3 is reached.
    const voters = ownersAsVoters([unit('a', 100), unit('b', 100), unit('c', 100)], (k) => (k === 'c' ? null : ['yes']))
    const r = tally({ matter: 'USE_MAINTENANCE_FUND', ballotKind: 'YES_NO_ABSTAIN', optionIds: ['yes', 'no', 'abstain'], voters })
    expect(r).toMatchObject({ valid: true, passed: true, participatingOwners: 2, eligibleOwners: 3 })
    // One hundredth of a m² short of two thirds of the area: not valid.
    const short = ownersAsVoters([unit('a', 100), unit('b', 99), unit('c', 200)], (k) => (k === 'c' ? null : ['yes']))
    expect(tally({ matter: 'USE_MAINTENANCE_FUND', ballotKind: 'YES_NO_ABSTAIN', optionIds: ['yes', 'no', 'abstain'], voters: short }).valid).toBe(false)
  })

  it('masks phones', () => {
    expect(maskPhone('13903531234')).toBe('139****1234')
    expect(maskPhone(null)).toBeNull()
  })
})

describe('import rows', () => {
  const buildings = [{ id: 'b1', name: '1号楼' }, { id: 'b2', name: '2号楼' }]
  const header = ['楼栋', '单元', '室号', '专有面积', '业主姓名', '联系电话', '类型']
  it('names every problem of every row', () => {
    const rows = previewRows([
      ['众望小区业主名册'],
      header,
      ['1', '1', '101', '89.50', '常桂英', '139-0353-0001', '住宅'],
      ['1号楼', '1', '101', '90', '张三', '', ''],
      ['2栋', '1', '102', '', '李四', '', ''],
      ['2号楼', '2', '201', '0', '王五', '', ''],
      ['9号楼', '1', '301', '75', '赵六', '', ''],
      ['2号楼', '', '', '-3', '', '', '别墅'],
      ['2号楼', '2', '202', '101.2', '', '', '开发商未售'],
      ['', '', '', '', '', '', ''],
    ], buildings)
    expect(rows.map((r) => [r.line, r.problems])).toEqual([
      [3, ['DUPLICATE_ROOM']],
      [4, ['DUPLICATE_ROOM']],
      [5, ['MISSING_AREA']],
      [6, ['AREA_NOT_POSITIVE']],
      [7, ['UNKNOWN_BUILDING']],
      [8, ['MISSING_UNIT', 'MISSING_ROOM', 'BAD_KIND', 'AREA_NOT_POSITIVE', 'MISSING_OWNER']],
      [9, []],
    ])
    expect(rows[0]).toMatchObject({ buildingId: 'b1', areaCenti: 8950, areaSource: 'REGISTRY', phone: '13903530001', kind: 'RESIDENTIAL' })
    expect(rows[6]).toMatchObject({ kind: 'DEVELOPER_UNSOLD', ownerNames: '' })
  })

  it('takes the area by the SPC order of precedence: registration, then survey, then contract', () => {
    const rows = previewRows([
      ['楼栋', '单元', '室号', '不动产登记面积', '测绘面积', '合同面积', '业主'],
      ['1号楼', '1', '101', '', '88.01', '90', '甲'],
      ['1号楼', '1', '102', '87.5', '88', '90', '乙'],
      ['1号楼', '1', '103', '', '', '90', '丙'],
    ], buildings)
    expect(rows.map((r) => [r.areaCenti, r.areaSource])).toEqual([[8801, 'SURVEY'], [8750, 'REGISTRY'], [9000, 'CONTRACT']])
  })

  it('refuses a sheet without the columns it needs', () => {
    expect(() => previewRows([['姓名', '电话']], buildings)).toThrow('找不到表头')
    expect(() => previewRows([['楼栋', '业主']], buildings)).toThrow('表头缺少:室号、专有面积')
  })
})

describe('claims against the roster', () => {
  it('matches on the name or the phone, and says when the room is not on the roster', () => {
    const unit = { owner_names: '张三、李四', owner_phone: '13903530001' }
    expect(matchStatus(unit, { real_name: '李四', phone: null })).toBe('NAME')
    expect(matchStatus(unit, { real_name: '王五', phone: '139 0353 0001' })).toBe('PHONE')
    expect(matchStatus(unit, { real_name: '王五', phone: null })).toBe('ROOM_ONLY')
    expect(matchStatus(undefined, { real_name: '张三', phone: null })).toBe('NO_UNIT')
  })
})

describe('ballots', () => {
  const ballot = (seq: number, owner_key: string, channel: OwnerBallotRow['channel']): OwnerBallotRow => ({
    id: String(seq), proposal_id: 'p', seq, owner_key, unit_id: 'u', option_ids: `["${channel}${seq}"]`, channel, account_id: null, proxy_id: null, photo_id: null, recorded_by: null, receipt: `R${seq}`, prev_hash: '', hash: '', cast_at: '2026-12-01T00:00:00.000Z', counted: 0,
  })
  it('counts the owner’s own online ballot over a proxy’s over paper, and flags paper beside online', () => {
    const { counted, discrepancies } = countedBallots([ballot(1, 'a', 'PAPER'), ballot(2, 'a', 'ONLINE'), ballot(3, 'a', 'PAPER'), ballot(4, 'b', 'PAPER'), ballot(5, 'b', 'PAPER'), ballot(6, 'c', 'ONLINE'), ballot(7, 'c', 'PROXY')])
    expect(counted.get('a')?.seq).toBe(2)
    expect(counted.get('b')?.seq).toBe(5) // the committee's correction of its own paper entry
    expect(counted.get('c')?.seq).toBe(6)
    expect([...discrepancies]).toEqual(['a'])
  })

  it('chains each ballot to the one before, so changing any one shows', () => {
    const chain: (OwnerBallotRow & { prev_hash: string; hash: string })[] = []
    let prev = GENESIS_HASH
    for (let seq = 1; seq <= 5; seq++) {
      const b = ballot(seq, `o${seq}`, 'ONLINE')
      const hash = ballotHash(prev, b)
      chain.push({ ...b, prev_hash: prev, hash })
      prev = hash
    }
    expect(brokenLink(chain)).toBeNull()
    const tampered = chain.map((b) => (b.seq === 3 ? { ...b, option_ids: '["other"]' } : b))
    expect(brokenLink(tampered)).toBe(3)
    expect(brokenLink(chain.filter((b) => b.seq !== 2))).toBe(3)
  })
})
