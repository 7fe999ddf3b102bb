import { describe, expect, it } from 'vitest'
import { applySetData, parseDataPath, setDataBytes } from './weapp/setdata'

// The harness applies setData as WeChat does; these pin the path rules Taro's updates rely on.

describe('setData paths as WeChat applies them', () => {
  it("Taro's root.cn.[0].cn keys nest into arrays, not flat keys", () => {
    const data: Record<string, unknown> = { root: { cn: [] } }
    applySetData(data, { 'root.cn.[0]': { nn: '0', sid: '_n1', cn: [] } })
    applySetData(data, { 'root.cn.[0].cn.[1]': { nn: '9', sid: '_n3', v: '已报名' }, 'root.cn.[0].cn.[0]': { nn: '9', sid: '_n2', v: '立即报名' } })
    applySetData(data, { 'root.cn.[0].cn.[0].v': '取消报名' })
    expect(data).toEqual({ root: { cn: [{ nn: '0', sid: '_n1', cn: [{ nn: '9', sid: '_n2', v: '取消报名' }, { nn: '9', sid: '_n3', v: '已报名' }] }] } })
    expect(Object.keys(data)).toEqual(['root'])
  })

  it('a[0].b creates what is missing; a later key overwrites an earlier one', () => {
    const data: Record<string, unknown> = {}
    applySetData(data, { 'list[2].title': 'x', 'list[2]': { title: 'y' }, 'a.b.c': 1 })
    expect(data).toEqual({ list: [undefined, undefined, { title: 'y' }], a: { b: { c: 1 } } })
    expect(parseDataPath('root.cn.[12].st')).toEqual(['root', 'cn', 12, 'st'])
  })

  it('counts bytes as UTF-8 JSON (a Chinese character is three bytes)', () => {
    expect(setDataBytes({ v: '报名' })).toBe(JSON.stringify({ v: '' }).length + 6)
  })
})
