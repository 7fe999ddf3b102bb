import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { t } from '../i18n'
import { TapButton, px, useTokens } from '@/ui'

/** Publish or save, and for a published notice 撤回 behind a confirmation. */
export function EditActions(props: { editing: boolean; busy: boolean; onSubmit: () => Promise<unknown>; onWithdraw?: () => Promise<unknown> }) {
  const tokens = useTokens()
  const confirmWithdraw = async () => {
    const answer = await Taro.showModal({
      title: t('notices.edit.withdrawConfirm.title'),
      content: t('notices.edit.withdrawConfirm.body'),
      confirmText: t('notices.edit.withdrawConfirm.ok'),
      cancelText: t('notices.edit.withdrawConfirm.cancel'),
      confirmColor: tokens.color.danger,
    }).catch(() => null)
    if (answer?.confirm) await props.onWithdraw?.()
  }
  return (
    <View style={{ display: 'flex', flexDirection: 'column', gap: px(tokens.space.md), marginTop: px(tokens.space.lg) }}>
      <TapButton block loading={props.busy} disabled={props.busy} onTap={props.onSubmit}>
        {props.editing ? t('notices.edit.save') : t('notices.edit.publish')}
      </TapButton>
      {props.onWithdraw ? (
        <TapButton block variant="danger" disabled={props.busy} onTap={confirmWithdraw}>
          {t('notices.edit.withdraw')}
        </TapButton>
      ) : null}
    </View>
  )
}
