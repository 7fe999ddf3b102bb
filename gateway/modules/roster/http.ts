import { spreadsheetImportEndpoint } from '../../http/spreadsheet-import'
import { previewImport } from './service'

// POST /roster/import?compoundId=…: the register export (CSV or XLSX), previewed (rosterImport).
export const handleRosterImport = spreadsheetImportEndpoint({
  noun: '名册',
  maxBytes: 4 * 1024 * 1024,
  fallbackName: 'roster.csv',
  preview: (ctx, url, fileName, bytes) => previewImport(ctx, url.searchParams.get('compoundId') ?? '', fileName, bytes),
})
