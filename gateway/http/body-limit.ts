import { createGraphQLError, type Plugin } from 'graphql-yoga'

// How big a request to /graphql may be. The longest thing anyone sends is a notice's body (at most
// 50,000 characters, ~150 KB as UTF-8); photos and spreadsheets go to /media and the import routes.
export const GRAPHQL_MAX_BODY_BYTES = 1_000_000

const tooLarge = () => createGraphQLError('请求内容过大(不超过 1 MB)', { extensions: { code: 'BAD_USER_INPUT', http: { status: 413 } } })
const badLength = () => createGraphQLError('请求的 Content-Length 头有误', { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } })

/**
 * The body limit, in place of Yoga's own (`maxRequestBodySize: false`): Yoga pipes every body
 * through a counting stream, and Node's pipeline makes and aborts an AbortController per request
 * (a DOMException with its stack each time) — about a tenth of the CPU of a small query. Here a
 * body with a Content-Length is judged by that header alone: Node's HTTP parser hands on exactly
 * that many bytes, so the body cannot be longer. Only a chunked body, which says no length, is
 * counted as it arrives.
 */
export function limitRequestBody(limit = GRAPHQL_MAX_BODY_BYTES): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const length = request.headers.get('content-length')
      if (length != null) {
        // One non-negative integer only (a list of lengths is a request-smuggling attempt).
        if (!/^\d+$/.test(length)) throw badLength()
        if (Number(length) > limit) throw tooLarge()
        return
      }
      if (!requestParser || !request.body) return
      setRequestParser((req) => {
        const body = req.body
        if (!body) return requestParser(req)
        let read = 0
        // The stream class must match the body's (Node's own or the Fetch ponyfill's).
        const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream
        const counted = body.pipeThrough(
          new Transform<Uint8Array, Uint8Array>({
            transform(chunk, controller) {
              read += chunk.byteLength
              if (read > limit) controller.error(tooLarge())
              else controller.enqueue(chunk)
            },
          }),
        )
        return requestParser(new fetchAPI.Request(req.url, { method: req.method, headers: req.headers, signal: req.signal, body: counted, duplex: 'half' } as RequestInit))
      })
    },
  }
}
