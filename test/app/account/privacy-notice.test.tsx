import { ApolloProvider } from '@apollo/client/react'
import { cleanup, render, screen } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { PrivacyNotice } from '@/features/account/components/PrivacyNotice'
import { exportFiles } from '@/features/account/my-data'
import { appClientFor } from '../support/app-client'
import { startCannedServer, type CannedServer } from '../support/graphql-server'

// The 隐私说明 page lists exactly what the gateway keeps after deletion, from the gateway's own list.

const KEPT = [
  { __typename: 'KeptAfterDeletion', what: '您家的投票', why: '投票属于房屋,注销后仍然计票' },
  { __typename: 'KeptAfterDeletion', what: '公告的阅读人数', why: '工作人员需要知道通知送达了多少户' },
]

let server: CannedServer
let fail = false
beforeAll(async () => {
  server = await startCannedServer((req) => {
    const op = JSON.parse(req.body) as { operationName: string }
    if (op.operationName === 'PersonalDataKept' && !fail) return { body: JSON.stringify({ data: { personalDataKeptAfterDeletion: KEPT } }) }
    return { body: JSON.stringify({ errors: [{ message: `unexpected ${op.operationName}` }] }) }
  })
})
afterAll(() => server.close())
afterEach(() => {
  cleanup()
  fail = false
})

const renderNotice = () => render(<ApolloProvider client={appClientFor(server.url)}><PrivacyNotice /></ApolloProvider>)

describe('隐私说明', () => {
  it('lists each thing kept after deletion with its reason, as the gateway says', async () => {
    renderNotice()
    await screen.findByText('1. 您家的投票')
    expect(screen.getByText('为什么保留：投票属于房屋,注销后仍然计票')).toBeTruthy()
    expect(screen.getByText('2. 公告的阅读人数')).toBeTruthy()
    expect(screen.getByText('保存多久')).toBeTruthy()
  })

  it('says so in words when the list cannot be read', async () => {
    fail = true
    renderNotice()
    await screen.findByText('暂时无法读取保留清单，请稍后再打开本页。')
  })
})

describe('导出我的数据', () => {
  it('gives the readable Chinese and the whole JSON as two files', () => {
    const files = exportFiles({ account: { nickname: '孙阿姨' }, readable: '# 邻里 · 我的个人信息' }, '2026-12-01')
    expect(files.readable).toEqual({ name: 'linli-my-data-2026-12-01.md', text: '# 邻里 · 我的个人信息' })
    expect(JSON.parse(files.json.text)).toEqual({ account: { nickname: '孙阿姨' }, readable: '# 邻里 · 我的个人信息' })
  })
})
