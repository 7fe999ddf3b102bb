// The part of autocannon 8's API the benchmarks use (the package ships no types, and @types/autocannon
// is not a dependency).
declare module 'autocannon' {
  interface Options {
    url: string
    method?: 'GET' | 'POST'
    headers?: Record<string, string>
    body?: string
    connections?: number
    duration?: number
    workers?: number
    /** Stop after this many requests (instead of `duration`). */
    amount?: number
    /** Each request in turn; `setupRequest` may change it (no `workers` then: a function cannot cross threads). */
    requests?: { setupRequest?: (request: RawRequest) => RawRequest }[]
  }
  interface RawRequest { method?: string; path?: string; headers?: Record<string, string>; body?: string }
  interface Histogram { average: number; total: number; p50: number; p99: number }
  interface Result { requests: Histogram; latency: Histogram; errors: number; timeouts: number; non2xx: number }
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
