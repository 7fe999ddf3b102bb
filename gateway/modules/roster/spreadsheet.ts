import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { SheetRefused } from './import-rows'

// A spreadsheet (the register export, the steward's month of accounts; CSV or XLSX) read with
// exceljs into rows of text cells. CSV cells are kept as written: room "0502" must not become 502.

const isXlsx = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  // Excel shows (and means) 15 significant digits: a computed 0.1 + 0.2 is 0.3, not 0.30000000000000004.
  if (typeof value === 'number') return String(Number(value.toPrecision(15)))
  if (typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('result' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue)
  if ('text' in value) return String(value.text)
  return ''
}

export async function readSheet(bytes: Uint8Array, fileName: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook()
  let sheet: ExcelJS.Worksheet | undefined
  try {
    if (isXlsx(bytes)) {
      // exceljs declares its own Buffer type as an ArrayBuffer; a copy of exactly these bytes is one.
      await workbook.xlsx.load(bytes.slice().buffer as ArrayBuffer)
      sheet = workbook.worksheets[0]
    } else if (/\.(csv|txt)$/i.test(fileName) || !/\.xlsx?$/i.test(fileName)) {
      const text = Buffer.from(bytes).toString('utf8').replace(/^\uFEFF/, '')
      if (text.includes('\uFFFD')) throw new SheetRefused('CSV 文件需为 UTF-8 编码(在 Excel 中另存为“CSV UTF-8”)')
      sheet = await workbook.csv.read(Readable.from([text]), { map: (datum: string) => datum } as never) // exceljs's csv options type omits `map`, which its reader honours
    } else {
      throw new SheetRefused('请上传 .xlsx 或 .csv 文件(旧版 .xls 请先另存为 .xlsx)')
    }
  } catch (error) {
    if (error instanceof SheetRefused) throw error
    throw new SheetRefused('文件无法读取,请确认是 Excel(.xlsx)或 CSV 文件')
  }
  if (!sheet) throw new SheetRefused('文件中没有工作表')
  const rows: string[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
      cells[colNumber - 1] = cellText(cell.value).trim()
    })
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '')
  })
  return Array.from(rows, (r) => r ?? [])
}
