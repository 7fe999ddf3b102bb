import { createWxRequest, type RecordedRequest, type WxRequestOptions, type WxRequestTask } from '../../app/support/wx-request'
import type { Activity } from './activity'

// wx.request as WeChat runs it for the harness: GET data in the query string, only the origin the
// bundle was built for reachable (WeChat's legal-domain list), rewritten to the gateway the test
// started; uploads and downloads go there too.

/** GET data goes in the query string, as wx.request does. */
export function withQueryString(req: WxRequestOptions): WxRequestOptions {
  if ((req.method ?? 'GET').toUpperCase() !== 'GET' || req.data === undefined || req.data === null) return req
  const params = new URLSearchParams()
  if (typeof req.data === 'string') return { ...req, url: req.url + (req.url.includes('?') ? '&' : '?') + req.data, data: undefined }
  for (const [k, v] of Object.entries(req.data as Record<string, unknown>)) params.set(k, typeof v === 'string' ? v : JSON.stringify(v))
  return { ...req, url: req.url + (req.url.includes('?') ? '&' : '?') + params.toString(), data: undefined }
}

export interface Network {
  requests: RecordedRequest[]
  request(raw: WxRequestOptions): WxRequestTask | { abort: () => undefined }
  /** A bundle URL on the built-in origin, pointed at the started gateway (uploads, downloads). */
  rewrite(url: string): string
}

export function createNetwork(bundleGatewayUrl: string, gatewayUrl: string, activity: Activity): Network {
  const bundleOrigin = new URL(bundleGatewayUrl).origin
  const gatewayOrigin = new URL(gatewayUrl).origin
  const requests: RecordedRequest[] = []
  const httpRequest = createWxRequest(requests)
  const rewrite = (url: string) => (url.startsWith(bundleOrigin) ? gatewayOrigin + url.slice(bundleOrigin.length) : url)
  return {
    requests,
    rewrite,
    request(raw) {
      const req = withQueryString(raw)
      if (!req.url.startsWith(bundleOrigin)) {
        activity.later(() => {
          const failure = { errMsg: `request:fail url not in domain list: ${req.url}` }
          req.fail?.(failure)
          req.complete?.(failure)
        })
        return { abort: () => undefined }
      }
      const finish = activity.begin()
      const wrap = <T,>(cb?: (r: T) => void) => (r: T) => {
        finish()
        if (cb) activity.guard(cb as (...a: unknown[]) => unknown)(r)
      }
      return httpRequest({ ...req, url: rewrite(req.url), success: wrap(req.success), fail: wrap(req.fail), complete: req.complete && activity.guard(req.complete as (...a: unknown[]) => unknown) })
    },
  }
}
