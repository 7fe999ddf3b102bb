import { describe, expect, it } from 'vitest'
import { errorCode, errorToastText } from '@/graphql/error-toast'
import { t } from '@/i18n'

const withCode = (code: string, message = 'Something went wrong') => ({
  graphQLErrors: [{ message, extensions: { code } }],
})

describe('errorToastText', () => {
  it.each([
    ['UNAUTHENTICATED', '登录已过期，请重新登录后再试'],
    ['FORBIDDEN', '您没有权限进行这个操作'],
    ['BAD_USER_INPUT', '填写的内容有误，请检查后再试'],
    ['NOT_FOUND', '内容不存在或已被删除'],
    ['CONFLICT', '内容已被他人修改，请刷新后再试'],
    ['RATE_LIMITED', '操作太频繁了，请稍等一会儿再试'],
    ['INTERNAL_SERVER_ERROR', '服务暂时出了点问题，请稍后再试'],
  ])('%s → friendly Chinese text, never the raw English message', (code, text) => {
    expect(errorToastText(withCode(code))).toBe(text)
  })

  it('shows the server message for BAD_USER_INPUT and CONFLICT when it is written in Chinese', () => {
    expect(errorToastText(withCode('BAD_USER_INPUT', '标题不能为空'))).toBe('标题不能为空')
    expect(errorToastText(withCode('CONFLICT', '名额已满，已为您加入候补'))).toBe('名额已满，已为您加入候补')
  })

  it('says when to retry after RATE_LIMITED, from retryAfterSeconds', () => {
    const limited = (retryAfterSeconds: unknown) => ({ graphQLErrors: [{ message: 'x', extensions: { code: 'RATE_LIMITED', retryAfterSeconds } }] })
    expect(errorToastText(limited(1200))).toBe('操作太频繁了，请 20 分钟后再试')
    expect(errorToastText(limited(61))).toBe('操作太频繁了，请 2 分钟后再试')
    expect(errorToastText(limited(30))).toBe('操作太频繁了，请 30 秒后再试')
    expect(errorToastText(limited('soon'))).toBe(t('error.rateLimited'))
  })

  it('does not show a Chinese server message for other codes', () => {
    expect(errorToastText(withCode('FORBIDDEN', '内部：角色 grid_worker 不在范围'))).toBe(t('error.forbidden'))
  })

  it('network failure → check your network', () => {
    expect(errorToastText({ networkError: new TypeError('Network request failed: request:fail timeout') })).toBe(
      '网络连接失败，请检查网络后重试',
    )
  })

  it('uses the code carried in a failed HTTP response body, then the status', () => {
    const serverError = (statusCode: number, result?: unknown) =>
      Object.assign(new Error('Response not successful'), { statusCode, result })
    expect(errorToastText({ networkError: serverError(400, { errors: [{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }] }) })).toBe(
      t('error.badUserInput'),
    )
    expect(errorToastText({ networkError: serverError(429) })).toBe(t('error.rateLimited'))
    expect(errorToastText({ networkError: serverError(503) })).toBe(t('error.internal'))
    expect(errorToastText({ networkError: serverError(401) })).toBe(t('error.unauthenticated'))
    expect(errorToastText({ networkError: serverError(403) })).toBe(t('error.forbidden'))
  })

  it('unknown codes and uncoded errors get a general apology', () => {
    expect(errorToastText(withCode('GRAPHQL_VALIDATION_FAILED'))).toBe('出错了，请稍后再试')
    expect(errorToastText({ graphQLErrors: [{ message: 'Unexpected error.' }] })).toBe(t('error.unknown'))
    expect(errorToastText({})).toBe(t('error.unknown'))
  })

  it('a known code wins over an unknown one in the same response', () => {
    const error = { graphQLErrors: [{ message: 'a', extensions: { code: 'WHATEVER' } }, { message: 'b', extensions: { code: 'NOT_FOUND' } }] }
    expect(errorToastText(error)).toBe(t('error.notFound'))
    expect(errorCode(error)).toBe('WHATEVER')
  })
})
