import type { Kysely } from 'kysely'

// WeChat delivers one subscribe message per acceptance of its template: the gateway counts what
// each person accepted and spends one per message it sends.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('subscribe_consents')
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('template_id', 'text', (c) => c.notNull())
    .addColumn('remaining', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('subscribe_consents_pk', ['account_id', 'template_id'])
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('subscribe_consents').execute()
}
