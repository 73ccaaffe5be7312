// A dispute is a question with two or more positions (columns on the board); claims
// from any article of the case are placed in the positions.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('disputes', (t) => {
    t.increments('id');
    t.integer('case_id').notNullable().references('cases.id');
    t.text('question').notNullable();
    // suggested: proposed by Crosscheck, not yet accepted; dismissed ones stay dismissed.
    t.text('status').notNullable().defaultTo('open');
    t.text('origin').notNullable().defaultTo('manual');
    // Fingerprint of a suggestion, so a dismissed suggestion is not proposed again.
    t.text('suggestion_key');
    t.boolean('blind_review').notNullable().defaultTo(true);
    t.integer('created_by').references('users.id');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamps(true, true);
    t.index(['case_id'], 'disputes_case_index');
    t.unique(['case_id', 'suggestion_key'], { indexName: 'disputes_suggestion_unique' });
    t.check(`status in ('suggested', 'open', 'dismissed', 'published')`, [], 'disputes_status_check');
    t.check(`origin in ('suggested', 'manual')`, [], 'disputes_origin_check');
    t.check(`length(btrim(question)) between 1 and 500`, [], 'disputes_question_check');
  });

  await knex.schema.createTable('positions', (t) => {
    t.increments('id');
    t.integer('dispute_id').notNullable().references('disputes.id').onDelete('CASCADE');
    t.text('label').notNullable();
    t.integer('ordinal').notNullable().defaultTo(0);
    t.integer('version').notNullable().defaultTo(1);
    t.timestamps(true, true);
    // Target of the composite key below: a placement's position must be in its dispute.
    t.unique(['id', 'dispute_id'], { indexName: 'positions_id_dispute_unique' });
    t.index(['dispute_id'], 'positions_dispute_index');
    t.check(`length(btrim(label)) between 1 and 200`, [], 'positions_label_check');
  });

  await knex.schema.createTable('claim_placements', (t) => {
    t.increments('id');
    t.integer('dispute_id').notNullable().references('disputes.id').onDelete('CASCADE');
    t.integer('position_id').notNullable();
    t.integer('claim_id').notNullable().references('claims.id');
    t.integer('ordinal').notNullable().defaultTo(0);
    t.integer('version').notNullable().defaultTo(1);
    t.timestamps(true, true);
    t.foreign(['position_id', 'dispute_id'], 'claim_placements_position_fk')
      .references(['id', 'dispute_id'])
      .inTable('positions')
      .onDelete('CASCADE');
    // A claim stands in one column of a dispute at a time.
    t.unique(['dispute_id', 'claim_id'], { indexName: 'claim_placements_claim_unique' });
    t.index(['position_id'], 'claim_placements_position_index');
    t.index(['claim_id'], 'claim_placements_claim_index');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('claim_placements');
  await knex.schema.dropTable('positions');
  await knex.schema.dropTable('disputes');
}
