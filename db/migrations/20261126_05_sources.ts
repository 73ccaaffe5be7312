// Source entities are shared across cases: a source's track record spans every case
// it appears in. Aliases let "Kataib Hezbollah" and "Kataeb Hezbollah" be one source.
import type { Knex } from 'knex';

const KINDS = ['person', 'organization', 'government', 'military', 'armed_group', 'media', 'anonymous', 'collective'];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('source_entities', (t) => {
    t.increments('id');
    t.text('name').notNullable();
    // Lower-cased, titles and punctuation stripped: the key used to match mentions.
    t.text('normalized_name').notNullable();
    t.text('kind').notNullable();
    t.boolean('named').notNullable().defaultTo(true);
    t.text('affiliation').notNullable().defaultTo('');
    t.text('description').notNullable().defaultTo('');
    // Admiralty scale source reliability, A (reliable) .. F (cannot be judged).
    t.specificType('reliability', 'char(1)');
    t.integer('merged_into_id').references('source_entities.id');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamps(true, true);
    t.unique(['normalized_name', 'kind'], { indexName: 'source_entities_name_kind_unique' });
    t.check(`kind in (${KINDS.map((k) => `'${k}'`).join(', ')})`, [], 'source_entities_kind_check');
    t.check(`reliability in ('A', 'B', 'C', 'D', 'E', 'F')`, [], 'source_entities_reliability_check');
    t.check(`length(btrim(name)) between 1 and 300`, [], 'source_entities_name_check');
    t.check(`merged_into_id is null or merged_into_id <> id`, [], 'source_entities_merge_check');
  });
  await knex.raw(`
    alter table source_entities add column search tsvector generated always as (
      setweight(to_tsvector('simple', name), 'A') ||
      setweight(to_tsvector('english', affiliation || ' ' || description), 'B')
    ) stored`);
  await knex.raw('create index source_entities_search_index on source_entities using gin (search)');

  await knex.schema.createTable('source_aliases', (t) => {
    t.increments('id');
    t.integer('source_id').notNullable().references('source_entities.id').onDelete('CASCADE');
    t.text('alias').notNullable();
    t.text('normalized_alias').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['source_id', 'normalized_alias'], { indexName: 'source_aliases_unique' });
    t.index(['normalized_alias'], 'source_aliases_normalized_index');
    t.check(`length(btrim(alias)) between 1 and 300`, [], 'source_aliases_alias_check');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('source_aliases');
  await knex.schema.dropTable('source_entities');
}
