import { Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { AddProposalCommentDocument } from '@/features/consult/consult.generated'
import { t } from '../i18n'
import { TapButton, px, spokenLabel, textBoxStyle, useTokens } from '@/ui'
import { useProposalStep } from '../hooks/useProposalStep'

export const COMMENT_MAX = 500

/** Writes a comment, or a reply to `replyTo`; the words stay if sending fails. */
export function CommentBox(props: { proposalId: string; replyTo: { id: string; name: string } | null; onCancelReply(): void }) {
  const tokens = useTokens()
  const [body, setBody] = useState('')
  const send = useProposalStep(AddProposalCommentDocument)
  const submit = async () => {
    if (!body.trim()) return void Taro.showToast({ title: t('consult.comment.empty'), icon: 'none', duration: 2500 })
    const done = await send.run({ input: { proposalId: props.proposalId, body: body.trim(), parentId: props.replyTo?.id ?? null } }, t('consult.comment.sent'))
    if (!done) return
    setBody('')
    props.onCancelReply()
  }
  return (
    <View style={{ marginTop: px(tokens.space.md) }}>
      {props.replyTo ? (
        <View style={{ display: 'flex', alignItems: 'center', gap: px(tokens.space.sm), flexWrap: 'wrap' }}>
          <Text>{t('consult.comment.replyingTo', { name: props.replyTo.name })}</Text>
          <TapButton variant="secondary" onTap={props.onCancelReply}>
            {t('consult.comment.cancelReply')}
          </TapButton>
        </View>
      ) : null}
      <Textarea
        value={body}
        placeholder={t('consult.comment.placeholder')}
        maxlength={COMMENT_MAX}
        autoHeight
        onInput={(e) => setBody(e.detail.value)}
        {...spokenLabel(t('consult.comment.placeholder'))}
        style={{ ...textBoxStyle(tokens, { lines: 2 }), margin: `${px(tokens.space.sm)} 0` }}
      />
      <TapButton block disabled={send.loading} onTap={() => submit()}>
        {props.replyTo ? t('consult.comment.sendReply') : t('consult.comment.send')}
      </TapButton>
    </View>
  )
}
