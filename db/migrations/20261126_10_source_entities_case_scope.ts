// Unnamed sources ("a security source", "a US official") are descriptions, not
// identities: the one in one case is not the one in another. They belong to the case
// they were found in; named sources (case_id null) stay in the shared registry.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('source_entities', (t) => {
    t.integer('case_id').references('cases.id');
    t.index(['case_id'], 'source_entities_case_index');
    t.check(`named = (case_id is null)`, [], 'source_entities_case_scope_check');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('source_entities', (t) => {
    t.dropChecks(['source_entities_case_scope_check']);
    t.dropIndex(['case_id'], 'source_entities_case_index');
    t.dropColumn('case_id');
  });
}
