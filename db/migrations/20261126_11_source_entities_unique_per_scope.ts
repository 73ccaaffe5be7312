// With unnamed sources scoped to a case, "security source" may exist once per case:
// the name+kind key stays unique in the shared registry and becomes unique per case
// for case-scoped sources. The registry index keeps the old name, so errors read the same.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('source_entities', (t) => {
    t.dropUnique(['normalized_name', 'kind'], 'source_entities_name_kind_unique');
  });
  await knex.raw(`
    create unique index source_entities_name_kind_unique on source_entities (normalized_name, kind)
    where case_id is null`);
  await knex.raw(`
    create unique index source_entities_case_name_kind_unique on source_entities (case_id, normalized_name, kind)
    where case_id is not null`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index source_entities_case_name_kind_unique');
  await knex.raw('drop index source_entities_name_kind_unique');
  // Fails if two cases now hold the same unnamed source: merge or delete them first.
  await knex.schema.alterTable('source_entities', (t) => {
    t.unique(['normalized_name', 'kind'], { indexName: 'source_entities_name_kind_unique' });
  });
}
