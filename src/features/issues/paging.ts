// Appending a fetched page to the list already shown, for fetchMore's updateQuery (until the
// client's cache has a relayStylePagination policy for these fields).

export interface PageLike<Edge extends { cursor: string }> {
  edges: ReadonlyArray<Edge>
  pageInfo: { hasNextPage: boolean; endCursor?: string | null }
}

/** The shown page followed by the next one; an edge already shown (same cursor) is not repeated. */
export function appendPage<Edge extends { cursor: string }, P extends PageLike<Edge>>(shown: P, next: P): P {
  const seen = new Set(shown.edges.map((e) => e.cursor))
  return { ...next, edges: [...shown.edges, ...next.edges.filter((e) => !seen.has(e.cursor))] }
}
