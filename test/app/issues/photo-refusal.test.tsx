import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PhotoPicker } from '@/features/issues/components/PhotoPicker'
import { CoverPicker } from '@/features/notices/components/CoverPicker'
import { setSessionToken } from '@/graphql/session'

// When the gateway refuses a photo, the person reads its reason until they tap it away: a file
// that is not an image is named as such, instead of a toast that is cut short and vanishes.

/** The gateway's answer to a .txt renamed .jpg (gateway/modules/media/image.ts). */
const NOT_AN_IMAGE = '这个文件不是图片:文件内容不是 JPEG、PNG 或 WebP(与文件名无关),请换一张照片'

beforeEach(() => {
  setSessionToken('tok-resident')
  vi.spyOn(Taro, 'chooseMedia').mockResolvedValue({ tempFiles: [{ tempFilePath: 'blob:notes', size: 30, fileType: 'image' }], type: 'image' } as never)
  vi.spyOn(Taro, 'compressImage').mockRejectedValue(new Error('not on H5'))
  vi.spyOn(Taro, 'uploadFile').mockImplementation(
    () => Object.assign(Promise.resolve({ statusCode: 415, data: JSON.stringify({ error: { code: 'BAD_USER_INPUT', message: NOT_AN_IMAGE } }), errMsg: 'ok' }), { onProgressUpdate: () => undefined }) as never,
  )
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('a refused upload', () => {
  it('shows the gateway’s reason in a dialog on the issue photo picker, and adds no photo', async () => {
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'ok' } as never)
    const onAdd = vi.fn()
    render(<PhotoPicker photos={[]} max={9} onAdd={onAdd} onRemove={vi.fn()} />)
    fireEvent.click(screen.getByText('＋ 添加照片'))
    await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
    expect(modal.mock.calls[0]?.[0]).toMatchObject({ title: '照片没有上传', content: NOT_AN_IMAGE, showCancel: false, confirmText: '知道了' })
    expect(onAdd).not.toHaveBeenCalled()
  })

  it('shows the gateway’s reason in a dialog on the notice cover picker', async () => {
    const modal = vi.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'ok' } as never)
    const onUploaded = vi.fn()
    render(<CoverPicker preview={null} onUploaded={onUploaded} onUploadingChange={vi.fn()} />)
    fireEvent.click(screen.getByText('选择封面图'))
    await waitFor(() => expect(modal).toHaveBeenCalledTimes(1))
    expect(modal.mock.calls[0]?.[0]).toMatchObject({ title: '图片没有上传', content: NOT_AN_IMAGE, showCancel: false })
    expect(onUploaded).not.toHaveBeenCalled()
  })
})
