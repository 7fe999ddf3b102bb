import { beijingMinute } from '../../lib/beijing-time'
import { registerPersonalData } from '../accounts/privacy'

// The notices module's part of the PIPL export: which notices a person read and acknowledged.
// Nothing is erased: the marks count toward a notice's read figures and name nobody once the account is a tombstone.

registerPersonalData({
  order: 20,
  async collect(db, person) {
    const [reads, acks] = await Promise.all([
      db.selectFrom('notice_reads').innerJoin('notices', 'notices.id', 'notice_reads.notice_id').select(['notice_reads.notice_id', 'notices.title', 'notice_reads.read_at'])
        .where('notice_reads.account_id', '=', person.id).orderBy('notice_reads.read_at').execute(),
      db.selectFrom('notice_acks').innerJoin('notices', 'notices.id', 'notice_acks.notice_id').select(['notice_acks.notice_id', 'notices.title', 'notice_acks.acked_at'])
        .where('notice_acks.account_id', '=', person.id).orderBy('notice_acks.acked_at').execute(),
    ])
    return {
      data: { noticeReads: reads, noticeAcknowledgements: acks },
      readable: [
        { title: `读过的公告(${reads.length})`, lines: reads.map((r) => `${beijingMinute(r.read_at)} 「${r.title}」`) },
        { title: `确认“已阅读”的公告(${acks.length})`, lines: acks.map((a) => `${beijingMinute(a.acked_at)} 「${a.title}」`) },
      ],
    }
  },
  async erase() {
    return []
  },
  kept: [{ what: '公告的阅读人数和确认人数', why: '工作人员需要知道通知送达了多少户,这些数字不再与您关联' }],
})
