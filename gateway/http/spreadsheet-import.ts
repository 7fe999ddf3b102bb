import type { IncomingMessage, ServerResponse } from 'node:http'
import { GraphQLError } from 'graphql'
import type { GatewayContext } from '../context'
import { readBody, refuse, sendJson, takeUploadToken } from './plain-endpoint'

// The shell every spreadsheet import shares (the owners' roster, a month of the ledger): a POST of
// multipart/form-data with a `file` part (and optionally `fileName`), as Taro.uploadFile sends it
// after chooseMessageFile or a browser's file input; signed in, one upload token, a size limit,
// then the module's own preview. Answers the stored preview's id and counts; the rows and their problems are read via GraphQL.

export interface SpreadsheetImport {
  /** What the file holds, in the refusals: 名册, 账目. */
  noun: string
  maxBytes: number
  /** The name used when the part carries none. */
  fallbackName: string
  /** Checks who may import and stores the preview; GraphQLErrors become the refusal's code. */
  preview: (ctx: GatewayContext, url: URL, fileName: string, bytes: Uint8Array) => Promise<{ id: string; rows: readonly { problems: readonly unknown[] }[] }>
}

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409 }

export function spreadsheetImportEndpoint(spec: SpreadsheetImport) {
  const megabytes = `${Math.round(spec.maxBytes / (1024 * 1024))} MB`
  return async function handleImport(ctx: GatewayContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const viewer = ctx.viewer
    if (!viewer) return refuse(res, 401, 'UNAUTHENTICATED', `请先登录再导入${spec.noun}`)
    if (!(await takeUploadToken(ctx.limiter, viewer.account.id, res))) return
    const contentType = req.headers['content-type'] ?? ''
    if (!contentType.startsWith('multipart/form-data')) return refuse(res, 400, 'BAD_USER_INPUT', `请以 multipart/form-data 上传${spec.noun}文件(字段名 file)`)
    const body = await readBody(req, spec.maxBytes + 64 * 1024)
    if (!body) return refuse(res, 413, 'BAD_USER_INPUT', `${spec.noun}文件不能超过 ${megabytes}`)
    let file: FormDataEntryValue | null
    let named: FormDataEntryValue | null
    try {
      const form = await new Request('http://local/', { method: 'POST', headers: { 'content-type': contentType }, body: new Uint8Array(body) }).formData()
      file = form.get('file')
      named = form.get('fileName')
    } catch {
      return refuse(res, 400, 'BAD_USER_INPUT', '上传内容无法解析')
    }
    if (!file || typeof file === 'string') return refuse(res, 400, 'BAD_USER_INPUT', `请以字段名 file 上传${spec.noun}文件`)
    if (file.size > spec.maxBytes) return refuse(res, 413, 'BAD_USER_INPUT', `${spec.noun}文件不能超过 ${megabytes}`)
    try {
      // WeChat's uploadFile names the part after its temporary copy (tmp_….csv): the app sends the name the person chose beside it.
      const name = (typeof named === 'string' && named.trim() ? named.trim() : file.name) || spec.fallbackName
      const preview = await spec.preview(ctx, url, name, new Uint8Array(await file.arrayBuffer()))
      sendJson(res, 201, { id: preview.id, rowCount: preview.rows.length, problemRowCount: preview.rows.filter((r) => r.problems.length).length })
    } catch (error) {
      if (error instanceof GraphQLError) {
        const code = String(error.extensions.code ?? 'BAD_USER_INPUT')
        return refuse(res, STATUS[code] ?? 400, code, error.message)
      }
      throw error
    }
  }
}
