import type { IncomingMessage, ServerResponse } from 'node:http'
import { GraphQLError } from 'graphql'
import type { GatewayContext } from '../../context'
import { readBody, refuse, sendJson, takeUploadToken } from '../../http/plain-endpoint'
import { previewFinanceImport } from './importing'

// POST /finances/import?compoundId=…&month=YYYY-MM: the steward's spreadsheet (CSV or XLSX) as
// multipart/form-data with a `file` part. Answers the stored preview's id and counts; the rows and
// their problems are read through GraphQL (financeImport).

const MAX_IMPORT_BYTES = 2 * 1024 * 1024
const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409 }

export async function handleFinanceImport(ctx: GatewayContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const viewer = ctx.viewer
  if (!viewer) return refuse(res, 401, 'UNAUTHENTICATED', '请先登录再导入账目')
  if (!(await takeUploadToken(ctx.limiter, viewer.account.id, res))) return
  const contentType = req.headers['content-type'] ?? ''
  if (!contentType.startsWith('multipart/form-data')) return refuse(res, 400, 'BAD_USER_INPUT', '请以 multipart/form-data 上传账目文件(字段名 file)')
  const body = await readBody(req, MAX_IMPORT_BYTES + 64 * 1024)
  if (!body) return refuse(res, 413, 'BAD_USER_INPUT', '账目文件不能超过 2 MB')
  let file: FormDataEntryValue | null
  try {
    file = (await new Request('http://local/', { method: 'POST', headers: { 'content-type': contentType }, body: new Uint8Array(body) }).formData()).get('file')
  } catch {
    return refuse(res, 400, 'BAD_USER_INPUT', '上传内容无法解析')
  }
  if (!file || typeof file === 'string') return refuse(res, 400, 'BAD_USER_INPUT', '请以字段名 file 上传账目文件')
  try {
    const preview = await previewFinanceImport(ctx, url.searchParams.get('compoundId') ?? '', url.searchParams.get('month'), file.name || 'ledger.csv', new Uint8Array(await file.arrayBuffer()))
    sendJson(res, 201, { id: preview.id, rowCount: preview.rows.length, problemRowCount: preview.rows.filter((r) => r.problems.length).length })
  } catch (error) {
    if (error instanceof GraphQLError) {
      const code = String(error.extensions.code ?? 'BAD_USER_INPUT')
      return refuse(res, STATUS[code] ?? 400, code, error.message)
    }
    throw error
  }
}
