// Every page of the consult journey in one place.

export const CONSULT_TAB = '/pages/consult/index'
export const PROPOSE_PAGE = '/features/consult/pages/propose/index'
export const CLUSTERS_PAGE = '/features/consult/pages/clusters/index'

export const proposalDetailPath = (id: string): string => `/features/consult/pages/detail/index?id=${encodeURIComponent(id)}`
