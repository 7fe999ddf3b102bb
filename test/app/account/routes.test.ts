import { describe, expect, it } from 'vitest'
import { routeForSubject } from '@/features/account/inbox-route'
import { routeAfterSignIn, signInUrl } from '@/features/account/sign-in-route'

describe('inbox: what a message opens', () => {
  it('a notice opens its detail page', () => {
    expect(routeForSubject('Notice', 'n 1')).toEqual({ method: 'navigateTo', url: '/features/notices/pages/detail/index?id=n%201' })
  })
  it('a household claim opens 我的 (a tab)', () => {
    expect(routeForSubject('HouseholdClaim', 'c1')).toEqual({ method: 'switchTab', url: '/pages/me/index' })
  })
  it('a role assignment opens the workbench', () => {
    expect(routeForSubject('RoleAssignment', 'r1')).toEqual({ method: 'navigateTo', url: '/features/workbench/pages/index/index' })
  })
  it('a proposal (议题开始投票…) and an activity (候补转为报名成功…) open their detail pages', () => {
    expect(routeForSubject('Proposal', 'p1')).toEqual({ method: 'navigateTo', url: '/features/consult/pages/detail/index?id=p1' })
    expect(routeForSubject('Activity', 'a1')).toEqual({ method: 'navigateTo', url: '/features/activities/pages/detail/index?id=a1' })
  })
  it('nothing to open for unknown subjects or a notice without id', () => {
    expect(routeForSubject(null, null)).toBeNull()
    expect(routeForSubject('Ballot', 'b1')).toBeNull()
    expect(routeForSubject('Notice', null)).toBeNull()
  })
})

describe('sign-in: where to go afterwards', () => {
  it('defaults to the 我的 tab', () => {
    expect(routeAfterSignIn(undefined, undefined)).toEqual({ method: 'switchTab', url: '/pages/me/index' })
  })
  it('tabs are opened with switchTab', () => {
    expect(routeAfterSignIn('/pages/home/index', undefined)).toEqual({ method: 'switchTab', url: '/pages/home/index' })
  })
  it('goes back when the page that sent us is the previous one, keeping its state', () => {
    expect(routeAfterSignIn('/features/account/pages/claim/index', 'features/account/pages/claim/index')).toEqual({ method: 'navigateBack' })
  })
  it('otherwise replaces the sign-in page with the requested one, query included', () => {
    const url = '/features/notices/pages/detail/index?id=42'
    expect(routeAfterSignIn(encodeURIComponent(url), undefined)).toEqual({ method: 'redirectTo', url })
  })
  it('ignores redirects that are not our own pages', () => {
    for (const bad of ['https://evil.example/', '//evil.example/x', 'pages/me/index', '/features/account/pages/sign-in/index']) {
      expect(routeAfterSignIn(bad, undefined)).toEqual({ method: 'switchTab', url: '/pages/me/index' })
    }
  })
  it('signInUrl carries the redirect', () => {
    expect(signInUrl('/a/b?id=1')).toBe('/features/account/pages/sign-in/index?redirect=%2Fa%2Fb%3Fid%3D1')
  })
})
