import { describe, expect, it } from 'vitest'
import { categoryTabs, parseCategory } from '@/features/notices/categories'

describe('category tabs', () => {
  it('put 廉洁文化 first and 全部 last', () => {
    expect(categoryTabs().map((tab) => tab.label)).toEqual(['廉洁文化', '社区公告', '安全提示', '政策解读', '居民公约', '全部'])
    expect(categoryTabs()[0].category).toBe('INTEGRITY_CULTURE')
    expect(categoryTabs().at(-1)?.category).toBeNull()
  })

  it('read ?category= from a link, unknown values meaning 全部', () => {
    expect(parseCategory('INTEGRITY_CULTURE')).toBe('INTEGRITY_CULTURE')
    expect(parseCategory('integrity')).toBeNull()
    expect(parseCategory(undefined)).toBeNull()
  })
})
