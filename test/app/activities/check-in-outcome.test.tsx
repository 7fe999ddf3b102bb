import { ApolloProvider } from '@apollo/client/react'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import CheckInPage from '@/features/activities/pages/check-in/index'
import { setSessionToken } from '@/graphql/session'
import { ElderModeProvider, normalTokens } from '@/ui'
import { appClientFor } from '../support/app-client'
import { startCannedServer, type CannedServer } from '../support/graphql-server'

// How 现场签到 looks: a welcome is green with the name the registrant typed (not the account's
// nickname) and the party size; a refusal is red and says why in plain words. The page is rendered
// for real against a stand-in gateway answering the way the gateway does.

vi.mock('@tarojs/taro', async (original) => ({ ...(await original<Record<string, unknown>>()), useDidShow: () => undefined }))

const welcome = {
  checkIn: {
    __typename: 'Registration', id: 'r-1', status: 'ATTENDED', partySize: 3, attendedAt: '2026-12-05T06:00:00Z',
    person: { __typename: 'Person', id: 'a-1', displayName: '快乐每一天', realName: null },
    answers: [{ __typename: 'Answer', question: '姓名', type: 'NAME', value: '常宝娥' }, { __typename: 'Answer', question: '电话', type: 'PHONE', value: '13800001234' }],
    activity: { __typename: 'Activity', id: 'act-1', title: '纽扣画手工课' },
  },
}
const refusal = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }], data: null })
const answers: Record<string, unknown> = {
  GOOD1: { data: welcome },
  WRONG1: refusal('NOT_FOUND', '签到码不存在'),
  TWICE1: refusal('CONFLICT', '已经签到过了'),
  OTHER1: refusal('FORBIDDEN', '这个签到码不属于您负责的社区的活动'),
}

let server: CannedServer
beforeAll(async () => {
  server = await startCannedServer((req) => {
    const { variables } = JSON.parse(req.body) as { variables: { code: string } }
    return { body: JSON.stringify(answers[variables.code] ?? refusal('NOT_FOUND', '签到码不存在')) }
  })
})
afterAll(() => server.close())
beforeEach(() => {
  Taro.clearStorageSync()
  setSessionToken('tok-staff')
})
afterEach(cleanup)

const platform = { fontSizeScaleFactor: () => 1, loadChoice: () => 'off' as const, saveChoice: () => undefined }
const card = () => document.querySelector('[data-outcome]') as HTMLElement | null

async function checkIn(code: string) {
  const input = await waitFor(() => {
    const found = screen.getAllByPlaceholderText('输入签到码').find((el) => el.tagName === 'INPUT')
    if (!found) throw new Error('no code input yet')
    return found
  })
  fireEvent.input(input, { target: { value: code } })
  fireEvent.click(screen.getByText('签到').closest('taro-button-core') as HTMLElement)
  await waitFor(() => expect(card()).not.toBeNull())
  return card()!
}

/** The colour of the card's frame, as the browser would draw it (#rrggbb → rgb()). */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`

describe('现场签到 outcomes', () => {
  beforeEach(() => {
    render(<ApolloProvider client={appClientFor(server.url)}><ElderModeProvider platform={platform}><CheckInPage /></ElderModeProvider></ApolloProvider>)
  })

  it('welcomes in green with the typed name and the party size', async () => {
    const shown = await checkIn('good-1')
    expect(shown.getAttribute('data-outcome')).toBe('success')
    expect(shown.getAttribute('aria-label')).toBe('签到成功')
    expect(shown.style.borderColor).toBe(rgb(normalTokens.color.success))
    expect(shown.textContent).toContain('✓ 签到成功')
    expect(shown.textContent).toContain('常宝娥')
    expect(shown.textContent).not.toContain('快乐每一天') // the nickname is not who came
    expect(shown.textContent).toContain('报名人数：3 人')
    expect(shown.textContent).toContain('纽扣画手工课')
  })

  it.each([
    ['wrong-1', '没有找到这个签到码，请核对后再输入'],
    ['twice-1', '已经签到过了'],
    ['other-1', '这个签到码不属于您负责的社区的活动'],
    ['  ', '请先输入签到码'],
  ])('refuses %j in red and says why: %s', async (code, why) => {
    const shown = await checkIn(code)
    expect(shown.getAttribute('data-outcome')).toBe('failure')
    expect(shown.getAttribute('aria-label')).toBe('没有签到成功')
    expect(shown.style.borderColor).toBe(rgb(normalTokens.color.danger))
    expect(shown.textContent).toContain('⚠ 没有签到成功')
    expect(shown.textContent).toContain(why)
    expect(shown.textContent).not.toContain('✓ 签到成功')
  })
})
