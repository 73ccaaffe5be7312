// Why Crosscheck suggested a dispute ("opposing blame: army vs rebels", "same number from
// 3 independent sources …"): the suggester always produced these, but they were dropped, so
// a reviewer deciding whether to accept or dismiss a suggestion could not see its reasons.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('disputes', (t) => {
    t.jsonb('suggestion_signals').notNullable().defaultTo('[]');
  });
  await knex.raw(`alter table disputes add constraint disputes_suggestion_signals_check check (jsonb_typeof(suggestion_signals) = 'array')`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('disputes', (t) => {
    t.dropColumn('suggestion_signals');
  });
}
