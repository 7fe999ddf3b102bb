import type { Kysely } from 'kysely'

// Sign-up questions get a type (TEXT, PHONE, NAME, NUMBER, CHOICE) that decides checks and masking.
// activities.questions was a JSON array of strings and becomes [{ text, type, options }]; each stored
// answer gets its question's type. Existing questions are typed once here by their wording (the only
// time wording counts); CHOICE cannot be guessed (no options were kept), so it is never back-filled.
// The rule is copied, not imported, so this migration means the same thing forever.

type QuestionType = 'TEXT' | 'PHONE' | 'NAME' | 'NUMBER'

export function typeByWording(text: string): QuestionType {
  if (/电话|手机|联系方式|联系号码|微信号/.test(text)) return 'PHONE'
  if (/姓名|名字|称呼|联系人/.test(text)) return 'NAME'
  if (/年龄(?!段)|岁数|人数|数量|几位|几人/.test(text)) return 'NUMBER'
  return 'TEXT'
}

interface Db {
  activities: { id: string; questions: string }
  activity_registrations: { id: string; activity_id: string; answers: string }
}

const parse = (json: string): unknown[] => {
  const value: unknown = JSON.parse(json)
  return Array.isArray(value) ? value : []
}

export async function up(raw: Kysely<unknown>): Promise<void> {
  const db = raw as Kysely<Db> // the two tables exist since 2026_11_29_0004_activities
  const types = new Map<string, Map<string, string>>()
  for (const a of await db.selectFrom('activities').select(['id', 'questions']).execute()) {
    const typed = parse(a.questions).map((q) => (typeof q === 'string' ? { text: q, type: typeByWording(q), options: [] } : q))
    const byText = new Map<string, string>()
    for (const q of typed) if (q && typeof q === 'object' && 'text' in q && 'type' in q) byText.set(String(q.text), String(q.type))
    types.set(a.id, byText)
    await db.updateTable('activities').set({ questions: JSON.stringify(typed) }).where('id', '=', a.id).execute()
  }
  for (const r of await db.selectFrom('activity_registrations').select(['id', 'activity_id', 'answers']).execute()) {
    const typed = parse(r.answers).map((x) => {
      const a = (x ?? {}) as { question?: unknown; value?: unknown; type?: unknown }
      const question = String(a.question ?? '')
      return { question, value: String(a.value ?? ''), type: typeof a.type === 'string' ? a.type : (types.get(r.activity_id)?.get(question) ?? typeByWording(question)) }
    })
    await db.updateTable('activity_registrations').set({ answers: JSON.stringify(typed) }).where('id', '=', r.id).execute()
  }
}

export async function down(raw: Kysely<unknown>): Promise<void> {
  const db = raw as Kysely<Db> // as in up
  for (const a of await db.selectFrom('activities').select(['id', 'questions']).execute()) {
    const plain = parse(a.questions).map((q) => (q && typeof q === 'object' && 'text' in q ? String(q.text) : String(q)))
    await db.updateTable('activities').set({ questions: JSON.stringify(plain) }).where('id', '=', a.id).execute()
  }
}
