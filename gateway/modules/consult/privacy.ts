import { beijingMinute } from '../../lib/beijing-time'
import { registerPersonalData } from '../accounts/privacy'

// The consult module's part of the PIPL export and erasure: proposals a person wrote, their comments,
// co-signs, and the ballots of their households — that a ballot exists and its receipt, never the choice.

const STAGE_LABEL: Record<string, string> = {
  DRAFT: '草稿', COSIGNING: '征集联署', DISCUSSION: '讨论中', VOTING: '投票中', PASSED: '已通过', REJECTED: '未通过', ACTING: '实施中', DONE: '已完成', WITHDRAWN: '已撤回',
}
export const ERASED_COMMENT = '(该居民已注销,评论内容已删除)'

registerPersonalData({
  order: 40,
  async collect(db, person) {
    const id = person.id
    const households = (await db.selectFrom('household_members').select('household_id').where('account_id', '=', id).execute()).map((h) => h.household_id)
    const [proposals, comments, cosigns, ballots] = await Promise.all([
      db.selectFrom('proposals').select(['id', 'title', 'background', 'question', 'stage', 'created_at']).where('author_id', '=', id).orderBy('id').execute(),
      db.selectFrom('proposal_comments').innerJoin('proposals', 'proposals.id', 'proposal_comments.proposal_id')
        .select(['proposal_comments.id', 'proposal_comments.proposal_id', 'proposals.title as proposal_title', 'proposal_comments.parent_id', 'proposal_comments.kind', 'proposal_comments.body', 'proposal_comments.hidden', 'proposal_comments.created_at'])
        .where('proposal_comments.author_id', '=', id).orderBy('proposal_comments.id').execute(),
      db.selectFrom('proposal_cosigns').innerJoin('proposals', 'proposals.id', 'proposal_cosigns.proposal_id')
        .select(['proposal_cosigns.proposal_id', 'proposals.title as proposal_title', 'proposal_cosigns.household_id', 'proposal_cosigns.at'])
        .where('proposal_cosigns.account_id', '=', id).orderBy('proposal_cosigns.at').execute(),
      // Never option_ids: a ballot's choice is secret, from its own household's export too.
      households.length
        ? db.selectFrom('ballots').innerJoin('proposals', 'proposals.id', 'ballots.proposal_id')
          .select(['ballots.proposal_id', 'proposals.title as proposal_title', 'ballots.household_id', 'ballots.assisted', 'ballots.receipt', 'ballots.cast_at'])
          .where('ballots.household_id', 'in', households).orderBy('ballots.cast_at').execute()
        : Promise.resolve([]),
    ])
    return {
      data: {
        proposalsWritten: proposals,
        proposalComments: comments.map((c) => ({ id: c.id, proposalId: c.proposal_id, proposalTitle: c.proposal_title, parentId: c.parent_id, kind: c.kind, body: c.body, hidden: c.hidden === 1, createdAt: c.created_at })),
        proposalCosigns: cosigns.map((c) => ({ proposalId: c.proposal_id, proposalTitle: c.proposal_title, householdId: c.household_id, at: c.at })),
        ballots: ballots.map((b) => ({ proposalId: b.proposal_id, proposalTitle: b.proposal_title, householdId: b.household_id, paper: b.assisted === 1, receipt: b.receipt, castAt: b.cast_at })),
      },
      readable: [
        { title: `我发起的议题(${proposals.length})`, lines: proposals.map((p) => `${beijingMinute(p.created_at)} 「${p.title}」${STAGE_LABEL[p.stage] ?? p.stage}`) },
        { title: `我的议事评论(${comments.length})`, lines: comments.map((c) => `${beijingMinute(c.created_at)} 在「${c.proposal_title}」:${c.body}`) },
        { title: `我的联署(${cosigns.length})`, lines: cosigns.map((c) => `${beijingMinute(c.at)} 「${c.proposal_title}」`) },
        { title: `我家的投票(${ballots.length},只记录投过票和回执码,不记录投了什么)`, lines: ballots.map((b) => `${beijingMinute(b.cast_at)} 「${b.proposal_title}」已计票,回执码 ${b.receipt}${b.assisted === 1 ? '(纸质票)' : ''}`) },
      ],
    }
  },
  async erase(trx, _ctx, person) {
    await trx.updateTable('proposal_comments').set({ body: ERASED_COMMENT }).where('author_id', '=', person.id).execute()
    await trx.updateTable('proposal_cosigns').set({ account_id: null }).where('account_id', '=', person.id).execute()
    return []
  },
  kept: [
    { what: '您家的投票', why: '投票属于房屋(一户一票),注销后仍然计票,表决结果保持不变;您投了什么本来就无人能看到' },
    { what: '您家的联署', why: '议题的联署户数保持不变,不再显示是您' },
    { what: '您发起的议题和增加的选项', why: '这是小区共同议事和决定的记录,发起人显示为“已注销用户”' },
    { what: '您的评论条数', why: '讨论的楼层和回复关系保持完整,评论内容已替换为“已删除”' },
  ],
})
