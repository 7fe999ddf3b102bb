import { parseAreaCenti } from './area'
import { normaliseOwnerNames, phoneDigits } from './owners'
import type { AreaSource, UnitKind } from './tables'

// The roster import as a pure function: a sheet's rows (strings) and the compound's buildings in,
// every row with what is wrong with it out. Nothing is written until the committee commits a
// preview, and then only the rows without problems.

export type RowProblem = 'UNKNOWN_BUILDING' | 'MISSING_UNIT' | 'MISSING_ROOM' | 'DUPLICATE_ROOM' | 'MISSING_AREA' | 'BAD_AREA' | 'AREA_NOT_POSITIVE' | 'MISSING_OWNER' | 'BAD_KIND' | 'BAD_SOURCE'

export const ROW_PROBLEM_TEXT: Record<RowProblem, string> = {
  UNKNOWN_BUILDING: '楼栋不在本小区',
  MISSING_UNIT: '缺少单元',
  MISSING_ROOM: '缺少室号',
  DUPLICATE_ROOM: '房号重复',
  MISSING_AREA: '缺少专有面积',
  BAD_AREA: '面积不是有效数字(最多两位小数)',
  AREA_NOT_POSITIVE: '面积必须大于 0',
  MISSING_OWNER: '缺少业主姓名',
  BAD_KIND: '房屋类型应为 住宅、商铺 或 开发商未售',
  BAD_SOURCE: '面积来源应为 不动产登记、测绘 或 合同',
}

export interface PreviewRow {
  /** The row's line in the file (1 = the first line), as the committee sees it in a spreadsheet. */
  line: number
  building: string
  buildingId: string | null
  unit: string
  room: string
  areaCenti: number | null
  areaSource: AreaSource | null
  ownerNames: string
  phone: string | null
  kind: UnitKind | null
  problems: RowProblem[]
}

const HEADERS = {
  building: ['楼栋', '楼号', '楼栋号', '栋', '楼'],
  unit: ['单元', '单元号'],
  room: ['室号', '房号', '房间号', '室', '门牌号'],
  area: ['专有面积', '专有部分面积', '面积', '建筑面积'],
  source: ['面积来源', '来源'],
  registry: ['不动产登记面积', '登记面积', '产权面积'],
  survey: ['测绘面积', '实测面积'],
  contract: ['合同面积'],
  owner: ['业主', '业主姓名', '产权人', '姓名', '业主名称'],
  phone: ['电话', '手机', '联系电话', '手机号', '手机号码'],
  kind: ['类型', '房屋类型', '性质', '用途'],
} as const
type Column = keyof typeof HEADERS

const KINDS: Record<string, UnitKind> = { 住宅: 'RESIDENTIAL', 商铺: 'SHOP', 商业: 'SHOP', 门面: 'SHOP', 开发商未售: 'DEVELOPER_UNSOLD', 未售: 'DEVELOPER_UNSOLD', 开发商: 'DEVELOPER_UNSOLD' }
const SOURCES: Record<string, AreaSource> = { 不动产登记: 'REGISTRY', 登记: 'REGISTRY', 产权证: 'REGISTRY', 测绘: 'SURVEY', 实测: 'SURVEY', 合同: 'CONTRACT', 预售合同: 'CONTRACT' }

export class SheetRefused extends Error {}

/** "1", "1栋", "1幢", "1号", "1号楼" all name 1号楼; other names compare as written (spaces dropped). */
export function normaliseBuildingName(name: string): string {
  const v = name.replace(/\s/g, '')
  const m = /^(\d+)(栋|幢|号|号楼|#)?$/.exec(v)
  return m ? `${m[1]}号楼` : v
}

function findColumns(header: readonly string[]): Partial<Record<Column, number>> {
  const at: Partial<Record<Column, number>> = {}
  header.forEach((cell, i) => {
    const h = cell.replace(/\s/g, '')
    for (const [column, names] of Object.entries(HEADERS) as [Column, readonly string[]][]) {
      if (at[column] === undefined && names.includes(h)) at[column] = i
    }
  })
  return at
}

/**
 * Checks every row. The header is the first row naming a building column; the area comes from
 * the register's columns in the SPC's order of precedence (不动产登记, then 测绘, then 合同), or from
 * one 专有面积 column with its 面积来源.
 */
export function previewRows(sheet: readonly (readonly string[])[], buildings: readonly { id: string; name: string }[]): PreviewRow[] {
  const headerIndex = sheet.findIndex((row) => findColumns(row).building !== undefined)
  if (headerIndex < 0) throw new SheetRefused('找不到表头:需要“楼栋”“单元”“室号”“专有面积”“业主”等列')
  const col = findColumns(sheet[headerIndex]!) // found just above
  const missing = [col.room === undefined && '室号', col.area === undefined && col.registry === undefined && col.survey === undefined && col.contract === undefined && '专有面积'].filter(Boolean)
  if (missing.length) throw new SheetRefused(`表头缺少:${missing.join('、')}`)
  const byName = new Map(buildings.map((b) => [normaliseBuildingName(b.name), b]))
  const seen = new Map<string, PreviewRow>()
  const rows: PreviewRow[] = []
  sheet.forEach((cells, i) => {
    if (i <= headerIndex || cells.every((c) => !c.trim())) return
    const get = (c: Column) => (col[c] === undefined ? '' : (cells[col[c]!] ?? '').trim()) // col[c] checked on the left
    const problems: RowProblem[] = []
    const building = byName.get(normaliseBuildingName(get('building')))
    if (!building) problems.push('UNKNOWN_BUILDING')
    const unit = get('unit')
    const room = get('room')
    if (!unit) problems.push('MISSING_UNIT')
    if (!room) problems.push('MISSING_ROOM')
    const kindText = get('kind')
    const kind = kindText ? KINDS[kindText] ?? null : 'RESIDENTIAL'
    if (!kind) problems.push('BAD_KIND')
    const candidates: [AreaSource | null, string][] = [['REGISTRY', get('registry')], ['SURVEY', get('survey')], ['CONTRACT', get('contract')]]
    let source: AreaSource | null = null
    let areaText = ''
    const first = candidates.find(([, text]) => text)
    if (first) [source, areaText] = first
    else if (get('area')) {
      areaText = get('area')
      source = get('source') ? SOURCES[get('source')] ?? null : 'REGISTRY'
      if (!source) problems.push('BAD_SOURCE')
    }
    const area = parseAreaCenti(areaText)
    if (!area.ok) problems.push(area.problem)
    const ownerNames = normaliseOwnerNames(get('owner'))
    if (!ownerNames && kind !== 'DEVELOPER_UNSOLD') problems.push('MISSING_OWNER')
    const row: PreviewRow = {
      line: i + 1, building: get('building'), buildingId: building?.id ?? null, unit, room, areaCenti: area.ok ? area.centi : null,
      areaSource: source, ownerNames, phone: phoneDigits(get('phone')) || null, kind, problems,
    }
    if (building && room) {
      const place = `${building.id}|${unit}|${room}`
      const earlier = seen.get(place)
      if (earlier) {
        row.problems.push('DUPLICATE_ROOM')
        if (!earlier.problems.includes('DUPLICATE_ROOM')) earlier.problems.push('DUPLICATE_ROOM')
      } else seen.set(place, row)
    }
    rows.push(row)
  })
  return rows
}
