import { ApolloProvider } from '@apollo/client/react'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { ActivityDetailScreen } from '@/features/activities/components/ActivityDetailScreen'
import { REMEMBERED_ANSWERS_KEY } from '@/features/activities/answers'
import { setSessionToken } from '@/graphql/session'
import { startCannedServer, type CannedServer } from '../support/graphql-server'
import { appClientFor } from '../support/app-client'
import { activityNode, registrationNode } from './activity-fixture'

// The activity page with the real Apollo client and cache, over HTTP to a local server standing in
// for the gateway: one tap signs up and the page shows the outcome from the mutation's answer.

interface Sent {
  operationName: string
  variables: Record<string, unknown>
}

let server: CannedServer
let activity: Record<string, unknown> | null
let outcome: Record<string, unknown>
const sent = (name: string): Sent[] => server.received.map((r) => JSON.parse(r.body) as Sent).filter((op) => op.operationName === name)

beforeAll(async () => {
  server = await startCannedServer((req) => {
    const op = JSON.parse(req.body) as Sent
    if (op.operationName === 'ActivityDetail') return { body: JSON.stringify({ data: { activity } }) }
    if (op.operationName === 'RegisterForActivity') {
      const registration = { ...outcome, partySize: op.variables.partySize }
      const status = outcome.status
      const seatsTaken = status === 'CONFIRMED' ? Number(op.variables.partySize) : 0
      const seats = { __typename: 'Activity', id: 'a-buttons', confirmedSeats: 15 + seatsTaken, seatsLeft: 5 - seatsTaken, waitlistCount: status === 'WAITLISTED' ? 1 : 0, pendingCount: 0, signUpOpen: true, viewerRegistration: registration }
      return { body: JSON.stringify({ data: { register: { ...registration, activity: seats } } }) }
    }
    return { body: JSON.stringify({ errors: [{ message: `unexpected ${op.operationName}` }] }) }
  })
})
afterAll(() => server.close())
beforeEach(() => {
  Taro.clearStorageSync()
  setSessionToken('tok-changbaoe')
  server.received.length = 0
  activity = activityNode()
  outcome = registrationNode()
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

function renderScreen(props: { signedIn?: boolean; onSignIn?: () => void } = {}) {
  const client = appClientFor(server.url)
  return render(
    <ApolloProvider client={client}>
      <ActivityDetailScreen id="a-buttons" signedIn={props.signedIn ?? true} onSignIn={props.onSignIn ?? vi.fn()} onBackToTab={vi.fn()} />
    </ApolloProvider>,
  )
}

const type = (placeholder: string, value: string) => {
  // Taro's H5 input carries the placeholder on its wrapper and on the real <input> inside.
  const input = screen.getAllByPlaceholderText(placeholder).find((el) => el.tagName === 'INPUT')
  if (!input) throw new Error(`no input with placeholder ${placeholder}`)
  fireEvent.input(input, { target: { value } })
}

describe('signing up for an activity', () => {
  it('shows the facts, then one tap confirms: 已报名 with the check-in code', async () => {
    renderScreen()
    await screen.findByText('廉洁文化纽扣画')
    expect(screen.getByText('剩余 5 个名额')).toBeTruthy()
    expect(screen.getByText('桥南园社区活动室')).toBeTruthy()
    expect(screen.getByText('桥南园社区党支部')).toBeTruthy()

    // Unanswered questions are said in words and nothing is sent.
    fireEvent.click(screen.getByText('立即报名'))
    await screen.findAllByText('⚠ 请填写姓名')
    expect(sent('RegisterForActivity')).toHaveLength(0)

    type('请填写姓名', '常宝娥')
    type('请填写联系电话', '13800001111')
    fireEvent.click(screen.getByLabelText('增加一人'))
    expect(screen.getByText('2 人')).toBeTruthy()
    // A double tap signs up once: the button holds itself while the first one is in flight.
    const button = screen.getByText('立即报名').closest('taro-button-core') as HTMLElement // it says 正在报名… after the first tap
    fireEvent.click(button)
    fireEvent.click(button)

    await screen.findByText('已报名')
    expect(screen.getByText('签到码')).toBeTruthy()
    expect(screen.getByText('K7MZ2QXP')).toBeTruthy()
    expect(screen.getByRole('img', { name: '签到二维码，签到码 K7MZ2QXP' })).toBeTruthy()
    expect(screen.queryByText('立即报名')).toBeNull()
    expect(sent('RegisterForActivity').map((op) => op.variables)).toEqual([
      { activityId: 'a-buttons', partySize: 2, answers: [{ question: '姓名', value: '常宝娥' }, { question: '联系电话', value: '13800001111' }] },
    ])
    // The seats came back with the answer: no refetch of the page.
    expect(sent('ActivityDetail')).toHaveLength(1)
    // The answers are remembered for the next sign-up.
    expect(Taro.getStorageSync(REMEMBERED_ANSWERS_KEY)).toEqual({ 姓名: '常宝娥', 联系电话: '13800001111' })
  })

  it('asks each question the way its type says: a phone keyboard, a number keyboard, options to tap', async () => {
    activity = activityNode({
      questions: [
        { __typename: 'SignUpQuestion', text: '联系方式', type: 'PHONE', options: [] },
        { __typename: 'SignUpQuestion', text: '同行人数', type: 'NUMBER', options: [] },
        { __typename: 'SignUpQuestion', text: '年龄段', type: 'CHOICE', options: ['老人', '成人', '儿童'] },
      ],
    })
    renderScreen()
    await screen.findByText('廉洁文化纽扣画')
    const input = (placeholder: string) => document.querySelector<HTMLInputElement>(`input[placeholder="${placeholder}"]`)
    await waitFor(() => expect(input('请填写联系方式')?.type).toBe('number'))
    expect(input('请填写同行人数')?.type).toBe('number') // Taro's digit keyboard is a number input on H5
    expect(screen.queryByPlaceholderText('请填写年龄段')).toBeNull()
    type('请填写联系方式', '138')
    type('请填写同行人数', '1.234')
    fireEvent.click(screen.getByText('立即报名'))
    await screen.findByText('⚠ 请填写 11 位手机号码')
    expect(screen.getByText('⚠ 请填写数字')).toBeTruthy()
    expect(screen.getByText('⚠ 请填写年龄段')).toBeTruthy()
    type('请填写联系方式', '13800001111')
    type('请填写同行人数', '2')
    fireEvent.click(screen.getByText('老人'))
    fireEvent.click(screen.getByText('立即报名'))
    await screen.findByText('已报名')
    expect(sent('RegisterForActivity')[0]?.variables.answers).toEqual([
      { question: '联系方式', value: '13800001111' }, { question: '同行人数', value: '2' }, { question: '年龄段', value: '老人' },
    ])
  })

  it('says 候补第 N 位 when the places are gone', async () => {
    Taro.setStorageSync(REMEMBERED_ANSWERS_KEY, { 姓名: '常宝娥', 联系电话: '13800001111' })
    activity = activityNode({ seatsLeft: 0, waitlistCount: 2 })
    outcome = registrationNode({ status: 'WAITLISTED', waitlistPosition: 3, checkInCode: null })
    renderScreen()
    await screen.findByText('已满，可候补（已有 2 人候补）')
    expect(screen.getByText('ⓘ 名额不够了，报名后会进入候补，有人取消时按顺序补上。')).toBeTruthy()
    // Remembered from last time: one tap, on a button that says what it does.
    expect(screen.queryByText('立即报名')).toBeNull()
    fireEvent.click(screen.getByText('排队候补'))
    await screen.findByText('候补第 3 位')
    expect(screen.queryByText('签到码')).toBeNull()
    expect(screen.getByText('取消报名')).toBeTruthy()
  })

  it('says 已满 on a full activity without a waitlist, and sends nothing', async () => {
    Taro.setStorageSync(REMEMBERED_ANSWERS_KEY, { 姓名: '常宝娥', 联系电话: '13800001111' })
    activity = activityNode({ seatsLeft: 0, waitlist: false })
    renderScreen()
    await screen.findByText('廉洁文化纽扣画')
    expect(screen.queryByText('立即报名')).toBeNull()
    expect(screen.queryByText('排队候补')).toBeNull()
    fireEvent.click(screen.getByText('已满', { selector: 'taro-button-core' }))
    expect(sent('RegisterForActivity')).toHaveLength(0)
  })

  it('asks a signed-out visitor to sign in first, and comes back here', async () => {
    const onSignIn = vi.fn()
    renderScreen({ signedIn: false, onSignIn })
    await screen.findByText('廉洁文化纽扣画')
    expect(screen.queryByText('立即报名')).toBeNull()
    fireEvent.click(screen.getByText('登录后报名'))
    expect(onSignIn).toHaveBeenCalledOnce()
  })

  it('says so when the activity is missing, with the way to the tab', async () => {
    activity = null
    renderScreen()
    await screen.findByText('找不到这个活动')
    expect(screen.getByText('回到活动页')).toBeTruthy()
  })
})
