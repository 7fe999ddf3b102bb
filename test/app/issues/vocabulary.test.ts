import { describe, expect, it } from 'vitest'
import { ISSUE_CATEGORIES, ISSUE_STATUSES, categoryLabel, categoryNotice, handlerLine, parseCategory, statusLabel, timelineKindLabel } from '@/features/issues/vocabulary'

describe('issue categories', () => {
  it('offers the nine categories of PRODUCT.md in its words, 其他 last', () => {
    expect(ISSUE_CATEGORIES.map(categoryLabel)).toEqual(['路灯照明', '监控安防', '环境卫生', '消防安全', '维修·电器', '维修·五金', '矛盾纠纷', '营商服务', '其他'])
  })

  it('shows 起火请先拨打 119 on choosing 消防安全, and nothing for a category without a notice', () => {
    expect(categoryNotice('FIRE_SAFETY')).toContain('起火请先拨打 119')
    expect(categoryNotice('LIGHTING')).toBeNull()
    expect(categoryNotice(null)).toBeNull()
  })

  it('reads a category from a link only when it is one', () => {
    expect(parseCategory('SANITATION')).toBe('SANITATION')
    expect(parseCategory('sanitation')).toBeNull()
    expect(parseCategory(undefined)).toBeNull()
  })
})

describe('issue statuses and handlers in words', () => {
  it('names every status as the workbench and the e2e test expect', () => {
    expect(Object.fromEntries(ISSUE_STATUSES.map((s) => [s, statusLabel(s)]))).toEqual({
      SUBMITTED: '待受理',
      ACCEPTED: '已受理',
      IN_PROGRESS: '处理中',
      RESOLVED: '已处理',
      CLOSED: '已关闭',
      REOPENED: '已重开',
      REJECTED: '不予受理',
    })
  })

  it('writes the handler as role · scope', () => {
    expect(handlerLine({ role: 'GRID_WORKER', scopeName: '第一网格' })).toBe('网格员 · 第一网格')
    expect(handlerLine({ role: 'STEWARD', scopeName: '众望小区' })).toBe('管家 · 众望小区')
  })

  it('says what a timeline step was: notes and transfers by kind, status steps by status', () => {
    expect(timelineKindLabel('NOTE', 'IN_PROGRESS')).toBe('处理进展')
    expect(timelineKindLabel('REASSIGNED', 'ACCEPTED')).toBe('转派')
    expect(timelineKindLabel('RESOLVED', 'RESOLVED')).toBe('已处理')
    expect(timelineKindLabel('SUBMITTED', 'SUBMITTED')).toBe('提交报事')
  })
})
