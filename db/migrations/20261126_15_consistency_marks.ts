// The ACH consistency matrix beside the verdict form: a reviewer may override the default
// mark of a claim against a position (consistent with its own column, inconsistent with
// the others). Only overrides are stored; a missing row means "the default".
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('consistency_marks', (t) => {
    t.integer('dispute_id').notNullable().references('disputes.id').onDelete('CASCADE');
    t.integer('claim_id').notNullable().references('claims.id');
    t.integer('position_id').notNullable().references('positions.id').onDelete('CASCADE');
    t.text('mark').notNullable();
    t.integer('updated_by').references('users.id');
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['dispute_id', 'claim_id', 'position_id']);
    t.check(`mark in ('consistent', 'inconsistent', 'neutral')`, [], 'consistency_marks_mark_check');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('consistency_marks');
}
