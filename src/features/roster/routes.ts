// Every page of the roster subpackage in one place.

export const rosterResultsPath = (proposalId: string): string => `/features/roster/pages/results/index?id=${encodeURIComponent(proposalId)}`
export const rosterPublicPath = (compoundId: string): string => `/features/roster/pages/roster/index?compoundId=${encodeURIComponent(compoundId)}`
export const paperBallotsPath = (proposalId: string): string => `/features/roster/pages/ballots/index?id=${encodeURIComponent(proposalId)}`
export const rosterImportPath = (compoundId: string): string => `/features/roster/pages/import/index?compoundId=${encodeURIComponent(compoundId)}`
export const rosterUnitPath = (compoundId: string, unit?: { id: string; room: string }): string =>
  `/features/roster/pages/unit/index?compoundId=${encodeURIComponent(compoundId)}${unit ? `&id=${encodeURIComponent(unit.id)}&room=${encodeURIComponent(unit.room)}` : ''}`
export const rosterProxiesPath = (compoundId: string): string => `/features/roster/pages/proxies/index?compoundId=${encodeURIComponent(compoundId)}`
export const proxyVotePath = (proposalId: string): string => `/features/roster/pages/proxy-vote/index?id=${encodeURIComponent(proposalId)}`
