import { useMutation } from '@apollo/client/react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { IssueDetail_IssueFragment, IssueStatus } from '@/graphql/generated/graphql'
import { AddIssueNoteDocument, AdvanceIssueDocument } from '@/features/issues/issues.generated'
import { t, type MessageKey } from '../i18n'
import { TapButton, px, useTokens } from '@/ui'
import type { DraftPhoto } from '../draft'
import { NOTE_MAX, PHOTOS_MAX } from '../limits'
import { requiredNoteError } from '../rating'
import { OPEN_STATUSES } from '../vocabulary'
import { PhotoPicker } from './PhotoPicker'
import { LongText } from '@/ui/FormGroup'
import { ReassignPanel, DuplicatePanel } from './StaffMorePanels'

type Issue = Pick<IssueDetail_IssueFragment, 'id' | 'status' | 'category' | 'viewerNextSteps' | 'viewerIsStaffInScope'>

/** The step buttons in the order they come; 处理完成 needs the 处理结果 written above it. */
const STEP_BUTTONS: ReadonlyArray<readonly [IssueStatus, MessageKey]> = [
  ['ACCEPTED', 'issues.handle.ACCEPTED'],
  ['IN_PROGRESS', 'issues.handle.IN_PROGRESS'],
  ['RESOLVED', 'issues.handle.RESOLVED'],
]

type Open = 'reject' | 'note' | 'reassign' | 'duplicate' | null

/** Staff in scope: 受理, 开始处理, 处理完成 (with a required 处理结果 and photos), 不予受理 (with a reason), 添加进展, 转派, 标记重复. */
export function StaffPanel(props: { issue: Issue }) {
  const tokens = useTokens()
  const { issue } = props
  const [open, setOpen] = useState<Open>(null)
  const [note, setNote] = useState('')
  const [photos, setPhotos] = useState<DraftPhoto[]>([])
  const [uploading, setUploading] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [advance, advancing] = useMutation(AdvanceIssueDocument)
  const [addNote, noting] = useMutation(AddIssueNoteDocument)
  // Nothing left to do (resolved, closed, rejected): no empty 办理 card.
  if (!issue.viewerIsStaffInScope || (issue.viewerNextSteps.length === 0 && !OPEN_STATUSES.includes(issue.status))) return null

  const busy = advancing.loading || noting.loading || uploading
  const steps = issue.viewerNextSteps
  const canResolve = steps.includes('RESOLVED')
  const reset = () => {
    setOpen(null)
    setNote('')
    setPhotos([])
    setError(null)
  }
  const done = () => {
    reset()
    void Taro.showToast({ title: t('issues.handle.done'), icon: 'success' })
  }
  const photoIds = () => photos.map((p) => p.id)

  const step = async (to: IssueStatus) => {
    if (busy) return
    if (to === 'RESOLVED' || to === 'REJECTED') {
      const problem = requiredNoteError(note, to === 'RESOLVED' ? 'issues.handle.error.note' : 'issues.handle.error.reason')
      setError(problem)
      if (problem) return
    }
    const result = await advance({ variables: { id: issue.id, to, note: note.trim() || null, photoIds: photoIds() } }).catch(() => null)
    if (result?.data) done()
  }
  const sendNote = async () => {
    const problem = requiredNoteError(note, 'issues.handle.error.note')
    setError(problem)
    if (problem || busy) return
    const result = await addNote({ variables: { id: issue.id, note: note.trim(), photoIds: photoIds() } }).catch(() => null)
    if (result?.data) done()
  }

  const noteFields = (label: string, placeholder: string) => (
    <View>
      <LongText label={label} placeholder={placeholder} value={note} max={NOTE_MAX} onChange={setNote} error={error ?? undefined} />
      <PhotoPicker
        photos={photos}
        max={PHOTOS_MAX}
        onAdd={(p) => setPhotos((current) => [...current, p])}
        onRemove={(id) => setPhotos((current) => current.filter((p) => p.id !== id))}
        onUploadingChange={setUploading}
      />
    </View>
  )
  const row = { display: 'flex', flexDirection: tokens.columns === 1 ? ('column' as const) : ('row' as const), flexWrap: 'wrap' as const, gap: px(tokens.space.sm), marginTop: px(tokens.space.sm) }

  return (
    <View style={{ marginBottom: px(tokens.space.lg), padding: px(tokens.space.md), border: `2px solid ${tokens.color.primary}`, borderRadius: px(tokens.radius), backgroundColor: tokens.color.surface }}>
      <Text style={{ display: 'block', fontWeight: 'bold', fontSize: px(tokens.font.title) }}>{t('issues.handle.title')}</Text>
      {canResolve && open === null ? noteFields(t('issues.handle.resultLabel'), t('issues.handle.resultPlaceholder')) : null}
      {open === 'reject' ? noteFields(t('issues.handle.reasonLabel'), t('issues.handle.reasonPlaceholder')) : null}
      {open === 'note' ? noteFields(t('issues.handle.noteLabel'), t('issues.handle.notePlaceholder')) : null}
      <View style={row}>
        {open === null
          ? STEP_BUTTONS.filter(([s]) => steps.includes(s)).map(([s, label]) => (
              <TapButton key={s} disabled={busy} onTap={() => step(s)}>
                {t(label)}
              </TapButton>
            ))
          : null}
        {open === 'reject' ? (
          <TapButton variant="danger" disabled={busy} onTap={() => step('REJECTED')}>
            {t('issues.handle.confirmRejected')}
          </TapButton>
        ) : null}
        {open === 'note' ? (
          <TapButton disabled={busy} onTap={() => sendNote()}>
            {t('issues.handle.confirmNote')}
          </TapButton>
        ) : null}
        {open === null && steps.includes('REJECTED') ? (
          <TapButton variant="secondary" onTap={() => setOpen('reject')}>
            {t('issues.handle.REJECTED')}
          </TapButton>
        ) : null}
        {open === null && OPEN_STATUSES.includes(issue.status) ? (
          <>
            <TapButton variant="secondary" onTap={() => setOpen('note')}>
              {t('issues.handle.note')}
            </TapButton>
            <TapButton variant="secondary" onTap={() => setOpen('reassign')}>
              {t('issues.handle.reassign')}
            </TapButton>
          </>
        ) : null}
        {open === null && (issue.status === 'SUBMITTED' || issue.status === 'ACCEPTED') ? (
          <TapButton variant="secondary" onTap={() => setOpen('duplicate')}>
            {t('issues.handle.duplicate')}
          </TapButton>
        ) : null}
        {open !== null ? (
          <TapButton variant="secondary" onTap={reset}>
            {t('issues.handle.cancel')}
          </TapButton>
        ) : null}
      </View>
      {open === 'reassign' ? <ReassignPanel issueId={issue.id} onDone={done} /> : null}
      {open === 'duplicate' ? <DuplicatePanel issueId={issue.id} category={issue.category} onDone={done} /> : null}
    </View>
  )
}
