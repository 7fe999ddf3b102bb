import { Image, Progress, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { chooseCompressedPhotos, showUploadRefusal, uploadIssuePhoto } from '@/features/issues/upload'
import { t } from '../i18n'
import { TapButton, px, useTokens } from '@/ui'
import type { ActivityForm } from '../edit-form'
import { FormGroup } from './FormParts'

/** One cover photo: pick, shrink, upload with progress (the issues feature's upload helper), or replace it. */
export function CoverField(props: { cover: ActivityForm['cover']; onChange(cover: ActivityForm['cover']): void; onUploadingChange(uploading: boolean): void }) {
  const tokens = useTokens()
  const [percent, setPercent] = useState<number | null>(null)

  const pick = async () => {
    const [file] = await chooseCompressedPhotos(1)
    if (!file) return
    setPercent(0)
    props.onUploadingChange(true)
    const outcome = await uploadIssuePhoto(file, setPercent)
    setPercent(null)
    props.onUploadingChange(false)
    if (!outcome.ok) {
      showUploadRefusal(outcome.message)
      return
    }
    props.onChange({ id: outcome.id, preview: file })
  }

  return (
    <FormGroup label={t('activities.edit.cover')} hint={t('activities.edit.coverHint')}>
      {props.cover?.preview ? (
        <Image src={props.cover.preview} mode="aspectFill" aria-label={t('activities.edit.cover')} style={{ display: 'block', width: '100%', height: px(160), borderRadius: px(tokens.radius), marginBottom: px(tokens.space.sm), backgroundColor: tokens.color.skeleton }} />
      ) : null}
      {props.cover && !props.cover.preview ? <Text style={{ display: 'block', marginBottom: px(tokens.space.sm) }}>{`✓ ${t('activities.edit.coverChosen')}`}</Text> : null}
      {percent !== null ? (
        <View style={{ marginBottom: px(tokens.space.sm) }}>
          <Progress percent={percent} strokeWidth={tokens.mode === 'elder' ? 10 : 6} activeColor={tokens.color.primary} />
          <Text style={{ fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{t('activities.edit.coverUploading', { percent })}</Text>
        </View>
      ) : null}
      <TapButton variant="secondary" disabled={percent !== null} onTap={() => pick()}>
        {props.cover ? t('activities.edit.coverReplace') : t('activities.edit.coverChoose')}
      </TapButton>
    </FormGroup>
  )
}
