import { Picker, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { PhotoPicker } from '@/features/issues/components/PhotoPicker'
import type { DraftPhoto } from '@/features/issues/draft'
import type { TaskStatus } from '@/graphql/generated/graphql'
import { AddProposalTaskDocument, UpdateProposalTaskDocument } from '@/features/consult/consult.generated'
import { t } from '../i18n'
import { TapButton, px, tapLabel, useTokens } from '@/ui'
import { ChoiceChips } from '@/ui/ChoiceChips'
import { Field } from '@/ui/Field'
import { useProposalStep } from '../hooks/useProposalStep'
import { parseYuan, taskStatusLabel } from '../vocabulary'
import { FormGroup, LongText } from './FormBits'
import { ToolSection } from './CommitteeForms'
import { toPickerDate, todayInBeijing } from '@/lib/beijing-time'
import type { ProposalView } from './types'

const toast = (title: string) => void Taro.showToast({ title, icon: 'none', duration: 2500 })
const STATUSES: ReadonlyArray<TaskStatus> = ['TODO', 'IN_PROGRESS', 'DONE']

/** 添加任务: title, owner, due date, budget in 元. */
export function AddTaskForm(props: { proposal: ProposalView }) {
  const tokens = useTokens()
  const [title, setTitle] = useState('')
  const [owner, setOwner] = useState('')
  const [due, setDue] = useState('')
  const [budget, setBudget] = useState('')
  const add = useProposalStep(AddProposalTaskDocument)
  const submit = async () => {
    if (!title.trim() || !owner.trim()) return toast(t('consult.task.needTitleOwner'))
    const budgetCents = budget.trim() ? parseYuan(budget) : 0
    if (budgetCents === null) return toast(t('consult.task.badMoney'))
    const done = await add.run({ proposalId: props.proposal.id, input: { title: title.trim(), ownerName: owner.trim(), dueDate: due || null, budgetCents } }, t('consult.task.added'))
    if (!done) return
    setTitle('')
    setOwner('')
    setDue('')
    setBudget('')
  }
  return (
    <ToolSection title={t('consult.task.addTitle')} hint={props.proposal.stage === 'PASSED' ? t('consult.task.startsActing') : undefined}>
      <Field label={t('consult.task.title')} placeholder={t('consult.task.titlePlaceholder')} value={title} maxlength={60} onChange={setTitle} />
      <Field label={t('consult.task.owner')} placeholder={t('consult.task.ownerPlaceholder')} value={owner} maxlength={30} onChange={setOwner} />
      <FormGroup label={t('consult.task.due')}>
        <Picker mode="date" value={due || toPickerDate(Date.now() + 14 * 86_400_000)} start={todayInBeijing()} {...tapLabel(`${t('consult.task.due')} ${due || t('consult.form.pickDate')}`)} onChange={(e) => setDue(String(e.detail.value))}>
          <View style={{ minHeight: px(tokens.tapTarget), display: 'flex', alignItems: 'center', padding: `0 ${px(tokens.space.md)}`, border: `1px solid ${tokens.color.border}`, borderRadius: px(tokens.radius), backgroundColor: tokens.color.surface }}>
            <Text>{due || t('consult.form.pickDate')}</Text>
          </View>
        </Picker>
      </FormGroup>
      <Field label={t('consult.task.budget')} placeholder={t('consult.task.moneyPlaceholder')} type="digit" value={budget} maxlength={12} onChange={setBudget} />
      <TapButton block variant="secondary" disabled={add.loading} onTap={() => submit()}>
        {t('consult.task.add')}
      </TapButton>
    </ToolSection>
  )
}

/** 更新进展: a task's status, money spent with this note, the note and photos. */
export function UpdateTaskForm(props: { proposal: ProposalView }) {
  const tasks = props.proposal.tasks
  const [taskId, setTaskId] = useState(tasks[0]?.id ?? '')
  const task = tasks.find((x) => x.id === taskId) ?? tasks[0]
  const [status, setStatus] = useState<TaskStatus | ''>('')
  const [spent, setSpent] = useState('')
  const [note, setNote] = useState('')
  const [photos, setPhotos] = useState<DraftPhoto[]>([])
  const [uploading, setUploading] = useState(false)
  const update = useProposalStep(UpdateProposalTaskDocument)
  if (!task) return null
  const submit = async () => {
    if (uploading) return toast(t('consult.task.waitUpload'))
    const spentCents = spent.trim() ? parseYuan(spent) : null
    if (spent.trim() && spentCents === null) return toast(t('consult.task.badMoney'))
    if (!status && !note.trim() && !spentCents && photos.length === 0) return toast(t('consult.task.nothing'))
    const input = { status: status || null, spentCents, note: note.trim() || null, photoIds: photos.map((p) => p.id) }
    const done = await update.run({ id: task.id, input }, t('consult.task.updated'))
    if (!done) return
    setStatus('')
    setSpent('')
    setNote('')
    setPhotos([])
  }
  return (
    <ToolSection title={t('consult.task.updateTitle')}>
      {tasks.length > 1 ? <ChoiceChips label={t('consult.task.which')} choices={tasks.map((x) => ({ value: x.id, label: x.title }))} selected={task.id} onSelect={setTaskId} /> : null}
      <ChoiceChips
        label={t('consult.task.status', { now: taskStatusLabel(task.status) })}
        choices={STATUSES.map((s) => ({ value: s, label: taskStatusLabel(s) }))}
        selected={status}
        onSelect={(value) => setStatus(STATUSES.find((s) => s === value) ?? '')}
      />
      <Field label={t('consult.task.spent')} placeholder={t('consult.task.moneyPlaceholder')} type="digit" value={spent} maxlength={12} onChange={setSpent} />
      <LongText label={t('consult.task.note')} placeholder={t('consult.task.notePlaceholder')} value={note} max={500} onChange={setNote} />
      <FormGroup label={t('consult.task.photos')}>
        <PhotoPicker photos={photos} max={9} onAdd={(photo) => setPhotos((now) => [...now, photo])} onRemove={(id) => setPhotos((now) => now.filter((x) => x.id !== id))} onUploadingChange={setUploading} />
      </FormGroup>
      <TapButton block variant="secondary" disabled={update.loading} onTap={() => submit()}>
        {t('consult.task.update')}
      </TapButton>
    </ToolSection>
  )
}
