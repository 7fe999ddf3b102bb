import { describe, expect, it } from 'vitest'
import { ballotKindFor, ballotKindLabel, eventKindLabel, matterLabel, optionLetter, parseYuan, passRule, stageLabel, yuan } from '@/features/consult/vocabulary'
import { LIST_STAGES, MATTERS } from '@/features/consult/vocabulary'

describe('consult words', () => {
  it('names every stage, with the tab chips in the order a proposal goes', () => {
    expect(LIST_STAGES.map(stageLabel)).toEqual(['联署中', '讨论中', '投票中', '已通过', '未通过', '实施中', '已完成'])
    expect(stageLabel('DRAFT')).toBe('草稿')
    expect(stageLabel('WITHDRAWN')).toBe('已撤回')
  })

  it('calls 居民议事 a 咨询性表决, and names the article 278 matters in Chinese', () => {
    expect(MATTERS[0]).toBe('ADVISORY')
    expect(MATTERS).toHaveLength(10)
    expect(matterLabel('ADVISORY')).toBe('居民议事（咨询性表决）')
    expect(matterLabel('USE_MAINTENANCE_FUND')).toBe('民法典第二百七十八条 · 使用建筑物及其附属设施的维修资金')
    expect(matterLabel('CHANGE_COMMON_USE')).toContain('改变共有部分的用途')
    expect(passRule('REBUILD')).toContain('四分之三')
    expect(passRule('ELECT_COMMITTEE')).toContain('过半数')
    expect(passRule('ADVISORY')).toContain('咨询性表决')
  })

  it('labels ballot kinds and forces yes/no/abstain on article 278 matters', () => {
    expect(ballotKindLabel('SINGLE')).toBe('单选')
    expect(ballotKindLabel('MULTIPLE', 3)).toBe('多选（最多 3 项）')
    expect(ballotKindLabel('YES_NO_ABSTAIN')).toBe('同意·反对·弃权')
    expect(ballotKindFor('REBUILD', 'SINGLE')).toBe('YES_NO_ABSTAIN')
    expect(ballotKindFor('ADVISORY', 'MULTIPLE')).toBe('MULTIPLE')
  })

  it('letters options A, B … Z, AA and writes money in 元', () => {
    expect([0, 1, 2, 25, 26, 27].map(optionLetter)).toEqual(['A', 'B', 'C', 'Z', 'AA', 'AB'])
    expect(yuan(120000)).toBe('1,200.00 元')
    expect(yuan(5)).toBe('0.05 元')
    expect(parseYuan('1200.5')).toBe(120050)
    expect(parseYuan('12.345')).toBeNull()
    expect(parseYuan('abc')).toBeNull()
  })

  it('says what a timeline entry was, task notes included', () => {
    expect(eventKindLabel('VOTING_OPENED', 'VOTING')).toBe('开始投票')
    expect(eventKindLabel('TASK:abc', 'ACTING')).toBe('任务进展')
    expect(eventKindLabel('SOMETHING_NEW', 'ACTING')).toBe('实施中')
  })
})
