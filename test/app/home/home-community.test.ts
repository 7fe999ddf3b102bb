import { describe, expect, it } from 'vitest'
import { pickHomeCommunity } from '@/pages/home/home-community'

const communities = [
  { id: 'c0', name: '新华东街社区' },
  { id: 'c1', name: '东营盘社区' },
]

describe('pickHomeCommunity', () => {
  it("opens on the viewer's own community", () => {
    expect(pickHomeCommunity({ id: 'c0', name: '新华东街社区' }, communities)?.id).toBe('c0')
  })

  it('else on 东营盘社区, else the first, else none', () => {
    expect(pickHomeCommunity(null, communities)?.name).toBe('东营盘社区')
    expect(pickHomeCommunity(undefined, [communities[0]])?.id).toBe('c0')
    expect(pickHomeCommunity(null, [])).toBeNull()
  })
})
