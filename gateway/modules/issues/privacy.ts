import { beijingMinute } from '../../lib/beijing-time'
import { registerPersonalData } from '../accounts/privacy'

// The issues module's part of the PIPL export and erasure: the issues a person raised (text, photos
// as ids, ratings), what they wrote on timelines, their "me too" and follows.

const CATEGORY_LABEL: Record<string, string> = {
  LIGHTING: '路灯照明', SURVEILLANCE: '监控安防', SANITATION: '环境卫生', FIRE_SAFETY: '消防安全', REPAIR_ELECTRICAL: '维修·电器',
  REPAIR_HARDWARE: '维修·五金', DISPUTE: '矛盾纠纷', BUSINESS_SERVICE: '营商服务', OTHER: '其他',
}
const STATUS_LABEL: Record<string, string> = {
  SUBMITTED: '待受理', ACCEPTED: '已受理', IN_PROGRESS: '处理中', RESOLVED: '已处理', CLOSED: '已关闭', REOPENED: '已重开', REJECTED: '不予受理',
}
/** What an erased issue shows in place of its title, and in others' messages about it. */
export const ERASED_ISSUE_TITLE = '(报事人已注销,内容已删除)'

registerPersonalData({
  order: 30,
  async collect(db, person) {
    const id = person.id
    const [raised, written, supports, follows] = await Promise.all([
      db.selectFrom('issues').selectAll().where('reporter_id', '=', id).orderBy('id').execute(),
      db.selectFrom('issue_events').select(['id', 'issue_id', 'kind', 'note', 'at']).where('actor_id', '=', id).where('note', 'is not', null).orderBy('id').execute(),
      db.selectFrom('issue_supports').select(['issue_id', 'at']).where('account_id', '=', id).orderBy('at').execute(),
      db.selectFrom('issue_followers').select(['issue_id', 'at']).where('account_id', '=', id).orderBy('at').execute(),
    ])
    const photos = raised.length
      ? await db.selectFrom('media').select(['id', 'subject_id']).where('subject_type', '=', 'Issue').where('subject_id', 'in', raised.map((i) => i.id)).orderBy('id').execute()
      : []
    const issuesRaised = raised.map((i) => ({
      id: i.id, category: i.category, title: i.title, description: i.description, spot: i.spot, latitude: i.latitude, longitude: i.longitude,
      isPublic: i.is_public === 1, status: i.status, submittedAt: i.submitted_at, resolvedAt: i.resolved_at, closedAt: i.closed_at,
      followUpAnswer: i.follow_up_answer, photoIds: photos.filter((p) => p.subject_id === i.id).map((p) => p.id),
    }))
    const issueRatings = raised.filter((i) => i.rating !== null).map((i) => ({ issueId: i.id, rating: i.rating, comment: i.rating_comment, at: i.closed_at }))
    const issueComments = written.map((e) => ({ id: e.id, issueId: e.issue_id, kind: e.kind, note: e.note, at: e.at }))
    const titleOf = new Map(raised.map((i) => [i.id, i.title]))
    return {
      data: { issuesRaised, issueRatings, issueComments, issueSupports: supports, issueFollows: follows },
      readable: [
        {
          title: `我的报事(${raised.length})`,
          lines: issuesRaised.map((i) => `${beijingMinute(i.submittedAt)} [${CATEGORY_LABEL[i.category] ?? i.category}] 「${i.title}」${i.description}${i.spot ? `(${i.spot})` : ''},${i.isPublic ? '公开' : '不公开'},${STATUS_LABEL[i.status] ?? i.status}${i.photoIds.length ? `,照片 ${i.photoIds.join('、')}` : ''}`),
        },
        { title: `我的评价(${issueRatings.length})`, lines: issueRatings.map((r) => `${beijingMinute(r.at)} 「${titleOf.get(r.issueId) ?? ''}」${r.rating} 星${r.comment ? `:${r.comment}` : ''}`) },
        { title: `我在报事进展中写的话(${issueComments.length})`, lines: issueComments.map((c) => `${beijingMinute(c.at)} ${c.note}`) },
        { title: `我点过“我也遇到”的报事(${supports.length})`, lines: supports.map((s) => `${beijingMinute(s.at)} 报事 ${s.issue_id}`) },
        { title: `我关注的报事(${follows.length})`, lines: follows.map((f) => `${beijingMinute(f.at)} 报事 ${f.issue_id}`) },
      ],
    }
  },
  async erase(trx, _ctx, person) {
    const id = person.id
    const issueIds = (await trx.selectFrom('issues').select('id').where('reporter_id', '=', id).execute()).map((i) => i.id)
    await trx.deleteFrom('issue_followers').where('account_id', '=', id).execute()
    // Notes they wrote anywhere (a reopen reason, a follow-up) go; staff notes on others' issues stay.
    await trx.updateTable('issue_events').set({ note: null }).where('actor_id', '=', id).execute()
    if (!issueIds.length) return []
    await trx
      .updateTable('issues')
      .set({ title: ERASED_ISSUE_TITLE, description: '', spot: null, latitude: null, longitude: null, on_behalf_name: null, rating_comment: null })
      .where('id', 'in', issueIds)
      .execute()
    // The timeline keeps its steps and times (the figures count them) but no words about their home.
    await trx.updateTable('issue_events').set({ note: null }).where('issue_id', 'in', issueIds).execute()
    await trx.updateTable('inbox_messages').set({ body: `「${ERASED_ISSUE_TITLE}」` }).where('subject_type', '=', 'Issue').where('subject_id', 'in', issueIds).execute()
    const eventIds = (await trx.selectFrom('issue_events').select('id').where('issue_id', 'in', issueIds).execute()).map((e) => e.id)
    const photos = await trx
      .selectFrom('media')
      .select(['id', 'stored_name'])
      .where((eb) => eb.or([
        eb.and([eb('subject_type', '=', 'Issue'), eb('subject_id', 'in', issueIds)]),
        ...(eventIds.length ? [eb.and([eb('subject_type', '=', 'IssueEvent'), eb('subject_id', 'in', eventIds)])] : []),
      ]))
      .execute()
    if (photos.length) await trx.deleteFrom('media').where('id', 'in', photos.map((p) => p.id)).execute()
    return photos.map((p) => p.stored_name)
  },
  kept: [
    { what: '您报过的事的类别、所在楼栋、处理状态和各环节时间,以及评分的星级', why: '社区公开的办结数、平均处理时间和满意度要保持准确;报事的标题、描述、位置、照片、评价文字和进展说明都已删除' },
    { what: '您点过的“我也遇到”', why: '附议人数保持不变,不再与您关联' },
    { what: '您做过工作人员时在别人报事中写的处理说明', why: '这是给报事居民的答复和工作记录' },
  ],
})
