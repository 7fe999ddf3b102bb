import { Text, View } from '@tarojs/components'
import { useFragment, type FragmentType } from '@/graphql/generated/fragment-masking'
import { HideProposalCommentDocument, ProposalComment_CommentFragmentDoc, ReportProposalCommentDocument } from '@/features/consult/consult.generated'
import { t } from '../i18n'
import { px, tapLabel, useTokens } from '@/ui'
import { formatFull } from '@/lib/beijing-time'
import { useProposalStep } from '../hooks/useProposalStep'

function LinkButton(props: { label: string; onTap(): void; disabled?: boolean }) {
  const tokens = useTokens()
  return (
    <View
      {...tapLabel(props.label)}
      onClick={props.disabled ? undefined : props.onTap}
      hoverClass="linli-pressed"
      style={{ minHeight: px(tokens.tapTarget), minWidth: px(tokens.tapTarget), display: 'inline-flex', alignItems: 'center', justifyContent: 'center', marginRight: px(tokens.space.sm) }}
    >
      <Text style={{ color: tokens.color.primary, textDecoration: 'underline' }}>{props.label}</Text>
    </View>
  )
}

/** One comment: who, when, the words; 回复 (top level only), 举报, and staff hide or show it. */
export function CommentItem(props: { comment: FragmentType<typeof ProposalComment_CommentFragmentDoc>; reply?: boolean; canModerate: boolean; canReply: boolean; onReply?(id: string, name: string): void }) {
  const tokens = useTokens()
  const c = useFragment(ProposalComment_CommentFragmentDoc, props.comment)
  const report = useProposalStep(ReportProposalCommentDocument)
  const hide = useProposalStep(HideProposalCommentDocument)
  const name = c.author?.displayName ?? t('consult.comment.someone')
  return (
    <View style={{ padding: `${px(tokens.space.sm)} 0`, borderTop: props.reply ? 'none' : `1px solid ${tokens.color.border}` }}>
      <Text style={{ display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted }}>{`${name} · ${formatFull(c.createdAt)}`}</Text>
      {c.hidden && props.canModerate ? <Text style={{ display: 'block', fontWeight: 'bold' }}>{t('consult.comment.hiddenMark', { reports: c.reportCount })}</Text> : null}
      <Text style={{ display: 'block', color: c.hidden ? tokens.color.textMuted : tokens.color.text }}>{c.body}</Text>
      {!c.hidden && props.canModerate && c.reportCount > 0 ? <Text style={{ display: 'block', fontSize: px(tokens.font.small) }}>{t('consult.comment.reports', { reports: c.reportCount })}</Text> : null}
      <View>
        {props.canReply && !props.reply && props.onReply ? <LinkButton label={t('consult.comment.reply')} onTap={() => props.onReply?.(c.id, name)} /> : null}
        {c.hidden ? null : c.viewerReported ? (
          <Text style={{ marginRight: px(tokens.space.sm), color: tokens.color.textMuted }}>{t('consult.comment.reported')}</Text>
        ) : (
          <LinkButton label={t('consult.comment.report')} disabled={report.loading} onTap={() => report.run({ id: c.id }, t('consult.comment.reportedToast'))} />
        )}
        {props.canModerate ? (
          <LinkButton
            label={c.hidden ? t('consult.comment.unhide') : t('consult.comment.hide')}
            disabled={hide.loading}
            onTap={() => hide.run({ id: c.id, hidden: !c.hidden }, c.hidden ? t('consult.comment.unhidden') : t('consult.comment.hidden'))}
          />
        ) : null}
      </View>
    </View>
  )
}
