// Subscribe-message templates as the operator configured them in WeChat's console, and the one
// function that turns a message's values into data WeChat accepts. Pure: no I/O.

/** What the gateway sends subscribe messages about; each maps to one template in the config. */
export const SUBSCRIBE_PURPOSES = ['ISSUE_STATUS', 'PROPOSAL_STAGE', 'VOTING_REMINDER', 'ACTIVITY_STATUS', 'ACTIVITY_REMINDER', 'NOTICE_PUBLISHED'] as const
export type SubscribePurpose = (typeof SUBSCRIBE_PURPOSES)[number]

/** WeChat's field kinds (the letters of thing1, time2…) this gateway knows how to fill. */
const KINDS = ['thing', 'time', 'date', 'phrase', 'name', 'number', 'character_string'] as const
type FieldKind = (typeof KINDS)[number]

export interface TemplateField { key: string; kind: FieldKind }
export interface SubscribeTemplate { purpose: SubscribePurpose; templateId: string; fields: TemplateField[] }
export type SubscribeTemplates = ReadonlyMap<SubscribePurpose, SubscribeTemplate>

export class TemplateConfigError extends Error {}
export class TemplateValueError extends Error {}

/**
 * `ISSUE_STATUS=tmplId:thing1,phrase2;ACTIVITY_REMINDER=tmplId:thing1,time2,thing3` — each
 * purpose, its template id and the template's data keys in the order the message's values come.
 */
export function parseSubscribeTemplates(raw: string): SubscribeTemplates {
  const templates = new Map<SubscribePurpose, SubscribeTemplate>()
  for (const entry of raw.split(';').map((e) => e.trim()).filter(Boolean)) {
    const match = /^([A-Z_]+)=([A-Za-z0-9_-]+):([a-z_0-9,]+)$/.exec(entry)
    if (!match) throw new TemplateConfigError(`"${entry}" is not PURPOSE=templateId:key1,key2`)
    const [, purpose, templateId, keyList] = match
    if (!(SUBSCRIBE_PURPOSES as readonly string[]).includes(purpose)) throw new TemplateConfigError(`unknown purpose ${purpose} (one of ${SUBSCRIBE_PURPOSES.join(', ')})`)
    const known = purpose as SubscribePurpose
    if (templates.has(known)) throw new TemplateConfigError(`${purpose} is configured twice`)
    const fields = keyList.split(',').map((key) => {
      const kind = /^([a-z_]+?)(\d+)$/.exec(key)?.[1]
      if (!kind || !(KINDS as readonly string[]).includes(kind)) throw new TemplateConfigError(`${purpose}: ${key} is not a WeChat data key of a known kind (${KINDS.join(', ')} followed by a number)`)
      return { key, kind: kind as FieldKind }
    })
    if (new Set(fields.map((f) => f.key)).size !== fields.length) throw new TemplateConfigError(`${purpose}: a data key is listed twice`)
    templates.set(known, { purpose: known, templateId, fields })
  }
  return templates
}

const BEIJING_OFFSET_MS = 8 * 3_600_000
const pad = (n: number) => String(n).padStart(2, '0')

/** An ISO instant as WeChat's time format in Beijing time: 2026年12月5日 14:30. */
function beijingTime(iso: string, withClock: boolean): string {
  const d = new Date(Date.parse(iso) + BEIJING_OFFSET_MS)
  const date = `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`
  return withClock ? `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : date
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/
/** Date formats WeChat's time field accepts, with or without the year and the clock. */
const WECHAT_TIME = /^(\d{4}年)?\d{1,2}月\d{1,2}日( \d{2}:\d{2})?$|^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?$/

/** Shortens to `max` characters (code points), ending with … when cut. */
function cut(value: string, max: number): string {
  const chars = [...value.replace(/\s+/g, ' ').trim()]
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`
}

/** One value made acceptable to WeChat for its field kind, or a TemplateValueError saying why not. */
export function fieldValue(field: TemplateField, value: string): string {
  switch (field.kind) {
    case 'thing':
      // ≤ 20 characters of text.
      if (!value.trim()) throw new TemplateValueError(`${field.key}: empty`)
      return cut(value, 20)
    case 'name':
      if (!value.trim()) throw new TemplateValueError(`${field.key}: empty`)
      return cut(value, 10)
    case 'phrase': {
      // ≤ 5 Chinese characters, nothing else.
      const chinese = [...value].filter((c) => /\p{Script=Han}/u.test(c)).join('')
      if (!chinese) throw new TemplateValueError(`${field.key}: a phrase needs Chinese characters, got "${value}"`)
      return [...chinese].slice(0, 5).join('')
    }
    case 'time':
    case 'date':
      if (ISO.test(value) && !Number.isNaN(Date.parse(value))) return beijingTime(value, field.kind === 'time')
      if (WECHAT_TIME.test(value)) return value
      throw new TemplateValueError(`${field.key}: "${value}" is not a date`)
    case 'number':
      if (!/^-?\d+(\.\d+)?$/.test(value) || value.length > 32) throw new TemplateValueError(`${field.key}: "${value}" is not a number of ≤ 32 digits`)
      return value
    case 'character_string':
      if (!/^[\x21-\x7e]{1,32}$/.test(value)) throw new TemplateValueError(`${field.key}: "${value}" is not ≤ 32 letters, digits and symbols`)
      return value
  }
}

/** A message's values, in order, as the template's data: `{ thing1: { value } … }`. */
export function templateData(template: SubscribeTemplate, values: readonly string[]): Record<string, { value: string }> {
  if (values.length < template.fields.length) throw new TemplateValueError(`${template.purpose}: ${template.fields.length} values needed, ${values.length} given`)
  return Object.fromEntries(template.fields.map((field, i) => [field.key, { value: fieldValue(field, values[i]) }]))
}
