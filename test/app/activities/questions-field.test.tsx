import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { QuestionsField } from '@/features/activities/components/QuestionsField'
import { emptyActivityForm, toActivityFields, type QuestionLine } from '@/features/activities/edit-form'
import { ElderModeProvider } from '@/ui'

afterEach(cleanup)

let latest: QuestionLine[] = []

/** The field wired the way 发布活动 wires it: the form holds the lines. */
function Harness() {
  const [values, setValues] = useState<QuestionLine[]>(emptyActivityForm().questions)
  latest = values
  return (
    <ElderModeProvider platform={{ fontSizeScaleFactor: () => 1, loadChoice: () => 'off', saveChoice: () => undefined }}>
      <QuestionsField values={values} max={8} onChange={setValues} />
    </ElderModeProvider>
  )
}

describe('发布活动: the sign-up questions', () => {
  it('lets staff add a question and choose what it asks for, with options for 选一项', async () => {
    render(<Harness />)
    expect(screen.getAllByText('要填的是')).toHaveLength(2)
    fireEvent.click(screen.getByText('＋ 添加一个问题'))
    const inputs = () => [...document.querySelectorAll<HTMLInputElement>('input[placeholder="例如：年龄段"]')]
    await waitFor(() => expect(inputs()).toHaveLength(3))
    fireEvent.input(inputs()[2]!, { target: { value: '年龄段' } }) // three inputs: waited for above
    fireEvent.click(screen.getAllByText('选一项')[2]!) // one chip row per question, three questions
    const options = () => document.querySelector<HTMLInputElement>('input[placeholder^="选项"]')
    await waitFor(() => expect(options()).toBeTruthy())
    fireEvent.input(options()!, { target: { value: '老人、成人、儿童' } }) // present: waited for above
    expect(latest[2]).toEqual({ text: '年龄段', type: 'CHOICE', options: '老人、成人、儿童' })
    const fields = toActivityFields({ ...emptyActivityForm(), kind: 'TALK', capacity: '10', maxPartySize: '1', questions: latest,
      starts: { date: '2030-01-02', time: '09:00' }, ends: { date: '2030-01-02', time: '10:00' }, deadline: { date: '2030-01-01', time: '09:00' } })
    expect(fields?.questions).toEqual([{ text: '姓名', type: 'NAME' }, { text: '联系电话', type: 'PHONE' }, { text: '年龄段', type: 'CHOICE', options: ['老人', '成人', '儿童'] }])
  })
})
