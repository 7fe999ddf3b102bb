import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { t } from '../i18n'
import { Card, px, useTokens } from '@/ui'
import { formatFull } from '@/lib/beijing-time'
import { AddOptionForm } from './AddOptionForm'
import { CommentBox } from './CommentBox'
import { CommentItem } from './CommentItem'
import type { ProposalView } from './types'

const TALK_STAGES = ['COSIGNING', 'DISCUSSION', 'VOTING']

/** 议: the meeting and its minutes, 顾问团意见 apart, residents' comments with one level of replies. */
export function DiscussionPanel(props: { proposal: ProposalView }) {
  const tokens = useTokens()
  const p = props.proposal
  const [replyTo, setReplyTo] = useState<{ id: string; name: string } | null>(null)
  const open = TALK_STAGES.includes(p.stage)
  const title = { display: 'block', fontSize: px(tokens.font.title), fontWeight: 'bold', marginBottom: px(tokens.space.xs) } as const
  const muted = { display: 'block', color: tokens.color.textMuted } as const
  const canModerate = p.viewerIsCommittee
  return (
    <View>
      {p.meeting?.at || p.meeting?.minutes ? (
        <Card>
          <Text style={title}>{t('consult.meeting.title')}</Text>
          {p.meeting.at ? <Text style={{ display: 'block' }}>{t('consult.meeting.when', { time: formatFull(p.meeting.at), place: p.meeting.place ?? '' })}</Text> : null}
          {p.meeting.minutes ? (
            <View style={{ marginTop: px(tokens.space.sm) }}>
              <Text style={{ display: 'block', fontWeight: 'bold' }}>{t('consult.meeting.minutes')}</Text>
              <Text style={{ display: 'block', whiteSpace: 'pre-wrap' }}>{p.meeting.minutes}</Text>
            </View>
          ) : null}
        </Card>
      ) : null}
      {p.opinions.length > 0 ? (
        <Card>
          <Text style={title}>{t('consult.opinions.title')}</Text>
          <Text style={muted}>{t('consult.opinions.explain')}</Text>
          {p.opinions.map((o, i) => (
            <CommentItem key={i} comment={o} canModerate={canModerate} canReply={false} />
          ))}
        </Card>
      ) : null}
      <Card>
        <Text style={title}>{t('consult.comments.title', { count: p.comments.length })}</Text>
        {p.comments.length === 0 ? <Text style={muted}>{open ? t('consult.comments.none') : t('consult.comments.noneClosed')}</Text> : null}
        {p.comments.map((c, i) => (
          <View key={i}>
            <CommentItem comment={c} canModerate={canModerate} canReply={open} onReply={(id, name) => setReplyTo({ id, name })} />
            {c.replies.length > 0 ? (
              <View style={{ marginLeft: px(tokens.space.lg), paddingLeft: px(tokens.space.sm), borderLeft: `2px solid ${tokens.color.border}` }}>
                {c.replies.map((r, j) => (
                  <CommentItem key={j} comment={r} reply canModerate={canModerate} canReply={false} />
                ))}
              </View>
            ) : null}
          </View>
        ))}
        {open ? <CommentBox proposalId={p.id} replyTo={replyTo} onCancelReply={() => setReplyTo(null)} /> : null}
      </Card>
      {p.stage === 'DISCUSSION' && p.ballotKind !== 'YES_NO_ABSTAIN' ? (
        <Card>
          <Text style={title}>{t('consult.amend.title')}</Text>
          <Text style={{ ...muted, marginBottom: px(tokens.space.sm) }}>{t('consult.amend.explain')}</Text>
          <AddOptionForm proposal={p} />
        </Card>
      ) : null}
    </View>
  )
}
