// Every page of the finances subpackage in one place.

export const statementPath = (compoundId: string, period?: string): string =>
  `/features/finances/pages/statement/index?compoundId=${encodeURIComponent(compoundId)}${period ? `&period=${encodeURIComponent(period)}` : ''}`
export const entryPath = (id: string): string => `/features/finances/pages/entry/index?id=${encodeURIComponent(id)}`
export const ledgerPath = (compoundId: string, month?: string): string =>
  `/features/finances/pages/ledger/index?compoundId=${encodeURIComponent(compoundId)}${month ? `&month=${encodeURIComponent(month)}` : ''}`
export const importPath = (compoundId: string, month: string): string => `/features/finances/pages/import/index?compoundId=${encodeURIComponent(compoundId)}&month=${encodeURIComponent(month)}`
