import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { uploadMultipart } from './upload'
import type { Callbacks, Options, WxHooks, WxStubOptions } from './wx-stub'

// The wx APIs that move files, with real files behind WeChat's temporary paths (http://tmp/…):
// choosing pictures or a chat's file, compressing, uploading to and downloading from the
// gateway, saving a picture to the album (a privacy API: consent first).

export interface FileKit {
  record(name: string, o: unknown): void
  settle(o: Callbacks, ok: boolean, result: Record<string, unknown>): void
  fail(name: string, o: Callbacks, message: string, extra?: Record<string, unknown>): void
  withPrivacy(name: string, run: (o: Options) => void | Promise<void>): (o?: Options) => void
  hooks: WxHooks
  options: WxStubOptions
  tempDir: string
  /** Where saveImageToPhotosAlbum puts what it saved. */
  saved: string[]
}

export function fileApis({ record, settle, fail, withPrivacy, hooks, options, tempDir, saved }: FileKit): Record<string, unknown> {
  const tempFiles = new Map<string, string>()
  const tempPath = (ext: string) => {
    const name = `tmp_${Math.random().toString(36).slice(2)}${ext}`
    return { virtual: `http://tmp/${name}`, real: path.join(tempDir, name) }
  }
  const realFile = (virtual: string) => tempFiles.get(virtual) ?? (fs.existsSync(virtual) ? virtual : undefined)
  const copyIn = (file: string) => {
    const temp = tempPath(path.extname(file))
    fs.copyFileSync(file, temp.real)
    tempFiles.set(temp.virtual, temp.real)
    return temp.virtual
  }

  return {
    chooseMedia: withPrivacy('chooseMedia', (o) => {
      const files = (options.chosenImages ?? []).slice(0, Number(o.count ?? 9))
      if (!files.length) return fail('chooseMedia', o, 'cancel')
      const tempFilesOut = files.map((file) => ({ tempFilePath: copyIn(file), size: fs.statSync(file).size, fileType: 'image', width: 0, height: 0 }))
      settle(o, true, { errMsg: 'chooseMedia:ok', type: 'image', tempFiles: tempFilesOut })
    }),
    // Really re-encodes the picture, as WeChat does, so the upload carries the smaller file.
    compressImage: (o: Options) => {
      record('compressImage', o)
      const source = realFile(String(o.src))
      if (!source) return fail('compressImage', o, 'file not found')
      const temp = tempPath('.jpg')
      sharp(source)
        .jpeg({ quality: Number(o.quality ?? 80) })
        .toFile(temp.real)
        .then(() => {
          tempFiles.set(temp.virtual, temp.real)
          settle(o, true, { errMsg: 'compressImage:ok', tempFilePath: temp.virtual })
        })
        .catch((error: unknown) => fail('compressImage', o, String(error)))
    },
    uploadFile: (o: Options) => {
      record('uploadFile', o)
      const file = realFile(String(o.filePath))
      const progress: Array<(u: { progress: number; totalBytesSent: number; totalBytesExpectedToSend: number }) => void> = []
      const task = {
        onProgressUpdate: (cb: (typeof progress)[number]) => void progress.push(cb),
        offProgressUpdate: () => undefined,
        onHeadersReceived: () => undefined,
        offHeadersReceived: () => undefined,
        abort: () => controller.abort(),
      }
      const controller = new AbortController()
      if (!file) {
        fail('uploadFile', o, 'file not found')
        return task
      }
      uploadMultipart({
        url: hooks.rewriteUrl(String(o.url)),
        file,
        field: String(o.name ?? 'file'),
        formData: (o.formData as Record<string, string> | undefined) ?? {},
        header: (o.header as Record<string, string> | undefined) ?? {},
        signal: controller.signal,
        onProgress: (sent, total) => hooks.later(() => progress.forEach((cb) => cb({ progress: Math.round((sent / total) * 100), totalBytesSent: sent, totalBytesExpectedToSend: total }))),
      })
        .then((res) => settle(o, true, { errMsg: 'uploadFile:ok', statusCode: res.statusCode, data: res.body }))
        .catch((error: unknown) => fail('uploadFile', o, String(error)))
      return task
    },
    chooseMessageFile: withPrivacy('chooseMessageFile', (o) => {
      const files = (options.chosenMessageFiles ?? []).slice(0, Number(o.count ?? 1))
      if (!files.length) return fail('chooseMessageFile', o, 'cancel')
      settle(o, true, { errMsg: 'chooseMessageFile:ok', tempFiles: files.map((file) => ({ path: copyIn(file), size: fs.statSync(file).size, name: path.basename(file), type: 'file', time: Math.floor(Date.now() / 1000) })) })
    }),
    // A real GET to the gateway; the body lands in a temporary file, as WeChat's does.
    downloadFile: (o: Options) => {
      record('downloadFile', o)
      const temp = tempPath('.bin')
      const url = hooks.rewriteUrl(String(o.url))
      fetch(url, { headers: (o.header as Record<string, string> | undefined) ?? {} })
        .then(async (res) => {
          const bytes = Buffer.from(await res.arrayBuffer())
          const type = res.headers.get('content-type') ?? ''
          const real = temp.real.replace(/\.bin$/, type.includes('png') ? '.png' : type.includes('jpeg') ? '.jpg' : '.bin')
          fs.writeFileSync(real, bytes)
          const virtual = temp.virtual.replace(/\.bin$/, path.extname(real))
          tempFiles.set(virtual, real)
          settle(o, true, { errMsg: 'downloadFile:ok', statusCode: res.status, tempFilePath: virtual })
        })
        .catch((error: unknown) => fail('downloadFile', o, String(error)))
      return { abort: () => undefined, onProgressUpdate: () => undefined, offProgressUpdate: () => undefined, onHeadersReceived: () => undefined, offHeadersReceived: () => undefined }
    },
    // WeChat saves only an image file it can read; the harness checks it decodes.
    saveImageToPhotosAlbum: withPrivacy('saveImageToPhotosAlbum', async (o) => {
      const file = realFile(String(o.filePath))
      if (!file) return fail('saveImageToPhotosAlbum', o, 'file not found')
      try {
        await sharp(file).metadata()
      } catch {
        return fail('saveImageToPhotosAlbum', o, 'invalid file type')
      }
      saved.push(file)
      settle(o, true, { errMsg: 'saveImageToPhotosAlbum:ok' })
    }),
  }
}
