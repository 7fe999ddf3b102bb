import { Image, Progress, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { t } from '../i18n'
import { TapButton, px, tapLabel, useTokens } from '@/ui'
import type { DraftPhoto } from '../draft'
import { chooseCompressedPhotos, showUploadRefusal, uploadIssuePhoto } from '../upload'

export interface PhotoPickerProps {
  photos: ReadonlyArray<DraftPhoto>
  max: number
  /** Called with each photo once the gateway has it. */
  onAdd(photo: DraftPhoto): void
  onRemove(id: string): void
  onUploadingChange?(uploading: boolean): void
}

/** Choose photos, shrink them, upload them one by one with a progress bar; thumbnails with 删除. */
export function PhotoPicker(props: PhotoPickerProps) {
  const tokens = useTokens()
  const [progress, setProgress] = useState<{ index: number; percent: number } | null>(null)
  const left = props.max - props.photos.length

  const pick = async () => {
    const files = await chooseCompressedPhotos(left)
    if (!files.length) return
    props.onUploadingChange?.(true)
    for (const [i, file] of files.entries()) {
      const index = props.photos.length + i + 1
      setProgress({ index, percent: 0 })
      const outcome = await uploadIssuePhoto(file, (percent) => setProgress({ index, percent }))
      if (!outcome.ok) {
        showUploadRefusal(outcome.message)
        break
      }
      props.onAdd({ id: outcome.id, preview: file })
    }
    setProgress(null)
    props.onUploadingChange?.(false)
  }

  const size = tokens.mode === 'elder' ? 120 : 96
  return (
    <View>
      <View style={{ display: 'flex', flexWrap: 'wrap', gap: px(tokens.space.sm), marginBottom: px(tokens.space.sm) }}>
        {props.photos.map((photo, i) => (
          <View key={photo.id} style={{ width: px(size) }}>
            <Image
              src={photo.preview}
              mode="aspectFill"
              aria-label={t('issues.photos.alt', { index: i + 1 })}
              style={{ display: 'block', width: px(size), height: px(size), borderRadius: px(tokens.radius), backgroundColor: tokens.color.skeleton }}
            />
            <View
              onClick={() => props.onRemove(photo.id)}
              {...tapLabel(`${t('issues.photos.remove')} ${t('issues.photos.alt', { index: i + 1 })}`)}
              hoverClass="linli-pressed"
              style={{ minHeight: px(tokens.tapTarget), display: 'flex', alignItems: 'center', justifyContent: 'center' }}
            >
              <Text style={{ color: tokens.color.danger, textDecoration: 'underline' }}>{`✕ ${t('issues.photos.remove')}`}</Text>
            </View>
          </View>
        ))}
      </View>
      {progress ? (
        <View style={{ marginBottom: px(tokens.space.sm) }}>
          <Progress percent={progress.percent} strokeWidth={tokens.mode === 'elder' ? 10 : 6} activeColor={tokens.color.primary} />
          <Text style={{ fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{t('issues.photos.uploading', progress)}</Text>
        </View>
      ) : null}
      {left > 0 ? (
        <TapButton variant="secondary" disabled={progress !== null} onTap={() => pick()}>
          {`＋ ${t('issues.photos.add')}`}
        </TapButton>
      ) : null}
      {props.photos.length ? (
        <Text style={{ display: 'block', marginTop: px(tokens.space.xs), fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>
          {t('issues.photos.count', { count: props.photos.length })}
        </Text>
      ) : null}
    </View>
  )
}
