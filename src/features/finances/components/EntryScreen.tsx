import { useMutation, useQuery } from '@apollo/client/react'
import { Image, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { AnswerFinanceQuestionDocument, ApproveFinanceEntryDocument, AskFinanceQuestionDocument, FinanceEntryDocument, FinanceEntryRow_EntryFragmentDoc } from '@/features/finances/finances.generated'
import { useFragment } from '@/graphql/generated/fragment-masking'
import type { FinanceEntryQuery } from '@/graphql/generated/graphql'
import { formatMoment } from '@/lib/beijing-time'
import { Card, EmptyState, Skeleton, TapButton, px, spokenLabel, textBoxStyle, tapLabel, useTokens } from '@/ui'
import { t } from '../i18n'
import { formatFen } from '../money'

type Entry = NonNullable<FinanceEntryQuery['financeEntry']>

const toast = (title: string) => void Taro.showToast({ title, icon: 'none' })

function Questions(props: { entry: Entry; onChanged: () => unknown }) {
  const tokens = useTokens()
  const [drafts, setDrafts] = useState<Record<string, string>>({})
  const [answer] = useMutation(AnswerFinanceQuestionDocument)
  const muted = { display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted } as const
  return (
    <View>
      {props.entry.questions.length === 0 ? <Text style={muted}>{t('finances.entry.noQuestions')}</Text> : null}
      {props.entry.questions.map((q) => (
        <View key={q.id} className='finance-question' style={{ padding: `${px(tokens.space.sm)} 0`, borderBottom: `1px solid ${tokens.color.border}` }}>
          <Text style={{ display: 'block', fontWeight: 'bold' }}>{q.body}</Text>
          <Text style={muted}>{t('finances.entry.asked', { at: formatMoment(q.askedAt), due: q.answer ? '' : t('finances.entry.due', { at: formatMoment(q.dueAt) }) })}</Text>
          {q.overdue ? <Text style={{ display: 'block', fontWeight: 'bold', color: tokens.color.danger }}>{t('finances.entry.overdue')}</Text> : null}
          {q.answer ? <Text className='finance-answer' style={{ display: 'block', marginTop: px(tokens.space.xs) }}>{t('finances.entry.answer', { answer: q.answer })}</Text> : null}
          {!q.answer && props.entry.viewerAnswers ? (
            <View style={{ marginTop: px(tokens.space.sm) }}>
              <Text style={{ display: 'block', fontWeight: 'bold' }}>{t('finances.entry.answerLabel')}</Text>
              <Textarea value={drafts[q.id] ?? ''} maxlength={1000} placeholder={t('finances.entry.answerPlaceholder')} {...spokenLabel(t('finances.entry.answerLabel'))} style={textBoxStyle(tokens, { lines: 2 })} onInput={(e) => setDrafts({ ...drafts, [q.id]: e.detail.value })} />
              <TapButton block onTap={() => answer({ variables: { id: q.id, answer: (drafts[q.id] ?? '').trim() } }).then(() => { toast(t('finances.entry.answerSent')); return props.onChanged() }).catch(() => undefined)}>{t('finances.entry.answerSend')}</TapButton>
            </View>
          ) : null}
        </View>
      ))}
    </View>
  )
}

/** One entry: amount, account, counterparty (masked for residents), its decision, vouchers to open full screen, its chain hash, its questions and their public answers. */
export function EntryScreen(props: { id: string }) {
  const tokens = useTokens()
  const { data, loading, refetch } = useQuery(FinanceEntryDocument, { variables: { id: props.id } })
  const [approve] = useMutation(ApproveFinanceEntryDocument)
  const [ask] = useMutation(AskFinanceQuestionDocument)
  const [question, setQuestion] = useState('')
  const e = data?.financeEntry
  const row = useFragment(FinanceEntryRow_EntryFragmentDoc, e)
  const muted = { display: 'block', fontSize: px(tokens.font.small), color: tokens.color.textMuted } as const
  if (loading && !e) return <Skeleton rows={3} />
  if (!e || !row) return <EmptyState title={t('finances.title.entry')} body={t('finances.entry.missing')} />
  const urls = e.vouchers.map((v) => v.url).filter((u): u is string => Boolean(u))
  const send = () => {
    if ([...question.trim()].length < 4) return toast(t('finances.entry.askShort'))
    return ask({ variables: { entryId: row.id, body: question.trim() } }).then(() => { setQuestion(''); toast(t('finances.entry.askSent')); return refetch() }).catch(() => undefined)
  }
  return (
    <View>
      <Card>
        <Text style={{ display: 'block', fontSize: px(tokens.font.heading), fontWeight: 'bold', color: row.amountFen.startsWith('-') ? tokens.color.danger : tokens.color.text }}>{t('finances.entry.amount', { amount: formatFen(row.amountFen) })}</Text>
        <Text style={{ display: 'block', fontWeight: 'bold' }}>{row.description}</Text>
        <Text style={muted}>{t('finances.entry.row', { seq: row.seq, date: row.date, account: row.accountName })}</Text>
        {row.status === 'PENDING' ? <Text style={{ display: 'block', fontWeight: 'bold' }}>{t('finances.entry.pending')}</Text> : null}
        {row.counterparty ? <Text style={{ display: 'block' }}>{t('finances.entry.counterparty', { name: row.counterparty.name })}</Text> : null}
        {e.decision ? <Text style={{ display: 'block' }}>{t('finances.entry.decision', { title: e.decision.title })}</Text> : null}
        {e.reverses ? <Text style={{ display: 'block' }}>{t('finances.entry.reverses', { seq: e.reverses.seq })}</Text> : null}
        {e.reversedBy ? <Text style={{ display: 'block', color: tokens.color.danger }}>{t('finances.entry.reversedBy', { seq: e.reversedBy.seq })}</Text> : null}
        {e.recordedBy ? <Text style={muted}>{t('finances.entry.recorded', { name: e.recordedBy.displayName, at: formatMoment(e.recordedAt) })}</Text> : null}
        {e.approvedBy && e.approvedAt ? <Text style={muted}>{t('finances.entry.approved', { name: e.approvedBy.displayName, at: formatMoment(e.approvedAt) })}</Text> : null}
        {row.viewerCanApprove ? (
          <TapButton block onTap={() => approve({ variables: { id: row.id } }).then(() => { toast(t('finances.entry.approvedToast')); return refetch() }).catch(() => undefined)}>{t('finances.entry.approve')}</TapButton>
        ) : null}
      </Card>
      <Card>
        <Text style={{ display: 'block', fontSize: px(tokens.font.title), fontWeight: 'bold' }}>{t('finances.entry.vouchers', { count: urls.length })}</Text>
        {urls.length === 0 ? <Text style={muted}>{t('finances.entry.noVouchers')}</Text> : null}
        <View style={{ display: 'flex', flexWrap: 'wrap', gap: px(tokens.space.sm), marginTop: px(tokens.space.sm) }}>
          {urls.map((url, i) => (
            <Image key={url} id={`voucher-${i}`} className='finance-voucher' src={url} mode='aspectFit' {...tapLabel(t('finances.entry.vouchers', { count: i + 1 }), 'img')} onClick={() => void Taro.previewImage({ current: url, urls })}
              style={{ width: px(tokens.mode === 'elder' ? 160 : 120), height: px(tokens.mode === 'elder' ? 120 : 90), borderRadius: px(tokens.radius), backgroundColor: tokens.color.skeleton }} />
          ))}
        </View>
        <Text style={{ ...muted, marginTop: px(tokens.space.sm) }}>{t('finances.entry.hash')}</Text>
        <Text style={{ display: 'block', fontFamily: 'monospace', wordBreak: 'break-all', fontSize: px(tokens.font.small) }}>{e.hash}</Text>
      </Card>
      <Card>
        <Text style={{ display: 'block', fontSize: px(tokens.font.title), fontWeight: 'bold' }}>{t('finances.entry.questions')}</Text>
        <Questions entry={e} onChanged={refetch} />
        {row.status === 'APPROVED' ? (
          <View style={{ marginTop: px(tokens.space.md) }}>
            <Text style={{ display: 'block', fontWeight: 'bold' }}>{t('finances.entry.ask')}</Text>
            <Textarea value={question} maxlength={500} placeholder={t('finances.entry.askPlaceholder')} onInput={(ev) => setQuestion(ev.detail.value)}
              {...spokenLabel(t('finances.entry.ask'))} style={textBoxStyle(tokens, { lines: 2 })} />
            <TapButton block onTap={send}>{t('finances.entry.askSend')}</TapButton>
          </View>
        ) : null}
      </Card>
    </View>
  )
}
