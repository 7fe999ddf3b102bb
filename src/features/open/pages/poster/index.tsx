import { useMutation } from '@apollo/client/react'
import { Image, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { createElement, useEffect, useState } from 'react'
import { errorCode } from '@/graphql/error-toast'
import { Card, EmptyState, Page, Skeleton, TapButton, px, tapLabel, useTokens } from '@/ui'
import { PosterLinkDocument } from '../../open.generated'
import { t } from '../../i18n'

type PosterKind = 'NOTICE' | 'PROPOSAL' | 'ACTIVITY'
const KINDS: readonly string[] = ['NOTICE', 'PROPOSAL', 'ACTIVITY']

// 打印海报: the item's lobby poster (title, time, place, its mini-program code) for staff to print.
// In WeChat: saved to the album (downloadFile → saveImageToPhotosAlbum) or opened large
// (previewImage, where a long press prints or forwards); in the browser, a download link.
export default function PosterPage() {
  const tokens = useTokens()
  const params = useRouter().params
  const kind = KINDS.includes(params.kind ?? '') ? (params.kind as PosterKind) : null
  const id = params.id ?? ''
  const [make, made] = useMutation(PosterLinkDocument)
  const [saving, setSaving] = useState(false)
  useEffect(() => {
    if (kind && id) void make({ variables: { kind, id } }).catch(() => undefined)
  }, [kind, id, make])
  const url = made.data?.posterLink.url
  const refused = made.error ? ['FORBIDDEN', 'UNAUTHENTICATED'].includes(errorCode(made.error) ?? '') : false
  if (!kind || !id || refused) return <Page><EmptyState title={t('open.poster.staffOnly')} body={t('open.poster.intro')} /></Page>
  if (made.error) return <Page><EmptyState title={t('open.poster.failed')} body={t('open.poster.intro')} action={{ label: t('open.poster.retry'), onTap: () => void make({ variables: { kind, id } }).catch(() => undefined) }} /></Page>
  if (!url) return <Page><Text style={{ display: 'block', padding: px(tokens.space.md) }}>{t('open.poster.loading')}</Text><Skeleton /></Page>

  const save = async () => {
    setSaving(true)
    try {
      const file = await Taro.downloadFile({ url })
      if (file.statusCode !== 200) throw new Error(`HTTP ${file.statusCode}`)
      await Taro.saveImageToPhotosAlbum({ filePath: file.tempFilePath })
      void Taro.showToast({ title: t('open.poster.saved'), icon: 'success' })
    } catch {
      void Taro.showToast({ title: t('open.poster.saveFailed'), icon: 'none', duration: 3000 })
    } finally {
      setSaving(false)
    }
  }
  return (
    <Page>
      <Card>
        <Text style={{ display: 'block', color: tokens.color.textMuted, fontSize: px(tokens.font.small), marginBottom: px(tokens.space.sm) }}>{t('open.poster.intro')}</Text>
        <Image src={url} mode='widthFix' style={{ width: '100%' }} {...tapLabel(t('open.poster.preview'), 'img')} onClick={() => void Taro.previewImage({ urls: [url], current: url })} />
      </Card>
      <View style={{ display: 'flex', flexDirection: 'column', gap: px(tokens.space.sm) }}>
        {process.env.TARO_ENV === 'h5' ? (
          createElement('a', { href: url, download: 'poster.png', target: '_blank', rel: 'noopener', className: 'poster-download', style: { display: 'block', textAlign: 'center', padding: px(tokens.space.md), color: tokens.color.primary } }, t('open.poster.download'))
        ) : (
          <>
            <TapButton block disabled={saving} onTap={() => void save()}>{t('open.poster.save')}</TapButton>
            <TapButton block variant='secondary' onTap={() => void Taro.previewImage({ urls: [url], current: url })}>{t('open.poster.preview')}</TapButton>
          </>
        )}
      </View>
    </Page>
  )
}
