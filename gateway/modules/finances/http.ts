import { spreadsheetImportEndpoint } from '../../http/spreadsheet-import'
import { previewFinanceImport } from './importing'

// POST /finances/import?compoundId=…&month=YYYY-MM: the steward's spreadsheet (CSV or XLSX),
// previewed with every row's problems (financeImport); month optional.
export const handleFinanceImport = spreadsheetImportEndpoint({
  noun: '账目',
  maxBytes: 2 * 1024 * 1024,
  fallbackName: 'ledger.csv',
  preview: (ctx, url, fileName, bytes) => previewFinanceImport(ctx, url.searchParams.get('compoundId') ?? '', url.searchParams.get('month'), fileName, bytes),
})
