import { Progress, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { chooseCompressedPhotos, showUploadRefusal, uploadIssuePhoto } from '@/features/issues/upload'
import { SetSitePlanDocument } from '@/features/consult/consult.generated'
import { useMutation } from '@apollo/client/react'
import { t } from '../i18n'
import { TapButton, px, useTokens } from '@/ui'

/** Committee or staff: choose the compound's site plan image, upload it with progress, set it. */
export function SitePlanUpload(props: { compoundId: string; onDone(): void }) {
  const tokens = useTokens()
  const [percent, setPercent] = useState<number | null>(null)
  const [setPlan, { loading }] = useMutation(SetSitePlanDocument)
  const pick = async () => {
    const [file] = await chooseCompressedPhotos(1)
    if (!file) return
    setPercent(0)
    const outcome = await uploadIssuePhoto(file, setPercent)
    setPercent(null)
    if (!outcome.ok) return showUploadRefusal(outcome.message)
    const done = await setPlan({ variables: { compoundId: props.compoundId, mediaId: outcome.id } }).catch(() => null)
    if (!done?.data) return
    void Taro.showToast({ title: t('consult.plan.uploaded'), icon: 'success', duration: 2000 })
    props.onDone()
  }
  return (
    <View style={{ marginBottom: px(tokens.space.md) }}>
      {percent !== null ? (
        <View style={{ marginBottom: px(tokens.space.sm) }}>
          <Progress percent={percent} strokeWidth={tokens.mode === 'elder' ? 10 : 6} activeColor={tokens.color.primary} />
          <Text style={{ fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{t('consult.plan.uploading', { percent })}</Text>
        </View>
      ) : null}
      <TapButton variant="secondary" block disabled={percent !== null || loading} onTap={() => void pick()}>
        {t('consult.plan.upload')}
      </TapButton>
    </View>
  )
}
