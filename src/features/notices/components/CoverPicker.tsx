import { Image, Progress, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { t } from '../i18n'
import { TapButton, px, useTokens } from '@/ui'
import { chooseCompressedImage, showUploadRefusal, uploadCoverImage } from '../upload'

export interface CoverPickerProps {
  preview: string | null
  onUploaded: (cover: { coverId: string; coverPreview: string }) => void
  onUploadingChange: (uploading: boolean) => void
}

/** Pick one image, shrink it, upload it with a progress bar; the gateway's media id becomes the cover. */
export function CoverPicker(props: CoverPickerProps) {
  const tokens = useTokens()
  const [percent, setPercent] = useState<number | null>(null)
  const [justUploaded, setJustUploaded] = useState(false)

  const pick = async () => {
    const filePath = await chooseCompressedImage()
    if (!filePath) return
    setJustUploaded(false)
    setPercent(0)
    props.onUploadingChange(true)
    const outcome = await uploadCoverImage(filePath, setPercent)
    setPercent(null)
    props.onUploadingChange(false)
    if (!outcome.ok) {
      showUploadRefusal(outcome.message)
      return
    }
    setJustUploaded(true)
    props.onUploaded({ coverId: outcome.media.id, coverPreview: filePath })
  }

  const muted = { fontSize: px(tokens.font.small), color: tokens.color.textMuted, lineHeight: tokens.lineHeight }
  return (
    <View>
      {props.preview ? (
        <Image
          src={props.preview}
          mode="widthFix"
          aria-label={t('notices.detail.coverAlt')}
          style={{ display: 'block', width: '100%', marginBottom: px(tokens.space.sm), borderRadius: px(tokens.radius) }}
        />
      ) : null}
      {percent !== null ? (
        <View style={{ marginBottom: px(tokens.space.sm) }}>
          <Progress percent={percent} strokeWidth={tokens.mode === 'elder' ? 10 : 6} activeColor={tokens.color.primary} />
          <Text style={muted}>{t('notices.edit.cover.uploading', { percent })}</Text>
        </View>
      ) : null}
      {justUploaded ? (
        <View style={{ marginBottom: px(tokens.space.sm) }}>
          <Text style={muted}>{`✓ ${t('notices.edit.cover.uploaded')}`}</Text>
        </View>
      ) : null}
      <TapButton variant="secondary" disabled={percent !== null} onTap={() => pick()}>
        {props.preview ? t('notices.edit.cover.replace') : t('notices.edit.cover.choose')}
      </TapButton>
    </View>
  )
}
