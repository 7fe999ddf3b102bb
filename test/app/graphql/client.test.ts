import type { ApolloQueryResult } from '@apollo/client/core'
import Taro from '@tarojs/taro'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { SESSION_EXPIRED_EVENT, createApolloClient } from '@/graphql/client'
import { NoticeListItem_NoticeFragmentDoc } from '@/features/notices/components/NoticeListItem.generated'
import { useFragment } from '@/graphql/generated/fragment-masking'
import { NoticesListDocument, type NoticesListQuery } from '@/graphql/generated/graphql'
import { getSessionToken, setSessionToken } from '@/graphql/session'
import { createTaroFetch, type TaroRequestFn } from '@/graphql/taro-fetch'
import { t } from '@/i18n'
import { startCannedServer, type CannedServer, type ReceivedRequest } from '../support/graphql-server'
import { firstPage, noticesPage, secondPage } from '../support/notices-fixture'
import { createWxRequest, promisifyWxRequest } from '../support/wx-request'

// The whole client — links, cache policy, Taro.request transport — against a local HTTP server
// standing in for the gateway.
let server: CannedServer
let answer: (req: ReceivedRequest) => unknown

beforeAll(async () => {
  server = await startCannedServer((req) => ({ body: JSON.stringify(answer(req)) }))
})
afterAll(() => server.close())

beforeEach(() => {
  Taro.clearStorageSync()
  server.received.length = 0
})
afterEach(() => vi.restoreAllMocks())

const request = promisifyWxRequest(createWxRequest()) as unknown as TaroRequestFn
const newClient = () => createApolloClient({ uri: server.url, fetch: createTaroFetch(request) })
const variablesOf = (req: ReceivedRequest) => (JSON.parse(req.body) as { variables: Record<string, unknown> }).variables

describe('Apollo client over Taro.request', () => {
  it('queries notices and sends no Authorization header when signed out', async () => {
    answer = () => noticesPage(firstPage, true)
    const { data } = await newClient().query({ query: NoticesListDocument, variables: { first: 2 } })
    expect(data.notices.edges.map((e) => useFragment(NoticeListItem_NoticeFragmentDoc, e.node).title)).toEqual(firstPage.map((n) => n.title))
    expect(server.received[0].headers.authorization).toBeUndefined()
    expect(server.received[0].headers['x-linli-client']).toBe('h5') // the gateway's CSRF header
  })

  it('sends the stored session token as a Bearer header', async () => {
    setSessionToken('tok-123')
    answer = () => noticesPage(firstPage, false)
    await newClient().query({ query: NoticesListDocument })
    expect(server.received[0].headers.authorization).toBe('Bearer tok-123')
  })

  it('appends the next page to the cached list (relay-style pagination)', async () => {
    answer = (req) => (variablesOf(req).after ? noticesPage(secondPage, false) : noticesPage(firstPage, true))
    const client = newClient()
    const watch = client.watchQuery({ query: NoticesListDocument, variables: { first: 2 } })
    const first = await new Promise<ApolloQueryResult<NoticesListQuery>>((resolve, reject) => {
      watch.subscribe({ next: (result) => !result.loading && resolve(result), error: reject })
    })
    expect(first.data.notices.pageInfo.endCursor).toBe('cursor-n2')
    await watch.fetchMore({ variables: { after: first.data.notices.pageInfo.endCursor } })
    const merged = watch.getCurrentResult().data
    expect(merged?.notices.edges.map((e) => e.node.id)).toEqual(['n1', 'n2', 'n3'])
    expect(merged?.notices.pageInfo.hasNextPage).toBe(false)
    expect(variablesOf(server.received[1])).toMatchObject({ first: 2, after: 'cursor-n2' })
  })

  it('keeps one list per filter', async () => {
    answer = (req) => (variablesOf(req).category ? noticesPage(secondPage, false) : noticesPage(firstPage, false))
    const client = newClient()
    await client.query({ query: NoticesListDocument })
    const filtered = await client.query({ query: NoticesListDocument, variables: { category: 'SAFETY_TIP' } })
    expect(filtered.data.notices.edges.map((e) => e.node.id)).toEqual(['n3'])
  })

  it('shows a Chinese toast chosen by extensions.code', async () => {
    const toast = vi.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
    answer = () => ({ data: null, errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] })
    await expect(newClient().query({ query: NoticesListDocument })).rejects.toThrow()
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: t('error.forbidden'), icon: 'none' }))
  })

  it('on UNAUTHENTICATED forgets the session and says so on the event centre', async () => {
    vi.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
    const expired = vi.fn()
    Taro.eventCenter.on(SESSION_EXPIRED_EVENT, expired)
    setSessionToken('stale')
    answer = () => ({ data: null, errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] })
    await expect(newClient().query({ query: NoticesListDocument })).rejects.toThrow()
    expect(getSessionToken()).toBeNull()
    expect(expired).toHaveBeenCalledTimes(1)
    Taro.eventCenter.off(SESSION_EXPIRED_EVENT, expired)
  })

  it('stays quiet for operations that show their own error text', async () => {
    const toast = vi.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
    answer = () => ({ data: null, errors: [{ message: '标题不能为空', extensions: { code: 'BAD_USER_INPUT' } }] })
    await expect(
      newClient().query({ query: NoticesListDocument, context: { silentErrors: true } }),
    ).rejects.toThrow('标题不能为空')
    expect(toast).not.toHaveBeenCalled()
  })

  it('a network failure becomes the network toast', async () => {
    const toast = vi.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
    const closed = await startCannedServer(() => ({ body: '' }))
    await closed.close()
    const client = createApolloClient({ uri: closed.url, fetch: createTaroFetch(request) })
    await expect(client.query({ query: NoticesListDocument })).rejects.toThrow()
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: t('error.network') }))
  })
})
