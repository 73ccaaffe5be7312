// Who changed what, when: written in the same transaction as the change, never edited.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('audit_log', (t) => {
    t.bigIncrements('id');
    t.integer('user_id').references('users.id');
    t.text('action').notNullable();
    t.text('entity_type').notNullable();
    t.text('entity_id');
    t.jsonb('before');
    t.jsonb('after');
    t.text('request_id');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['created_at'], 'audit_log_created_index');
    t.index(['entity_type', 'entity_id'], 'audit_log_entity_index');
    t.index(['user_id'], 'audit_log_user_index');
    t.check(`length(action) between 1 and 100`, [], 'audit_log_action_check');
  });
  // Reuses the append-only guard from the verdicts migration.
  await knex.raw(`
    create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function refuse_change()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('audit_log');
}
