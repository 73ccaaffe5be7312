// Seeding looks up registry candidates by any shared word of their name or an alias
// ("central" finds "US Central Command"); without these indexes that lookup reads the
// whole registry, which grows with every case.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`create index source_entities_name_words_index on source_entities using gin (string_to_array(normalized_name, ' '))`);
  await knex.raw(`create index source_aliases_alias_words_index on source_aliases using gin (string_to_array(normalized_alias, ' '))`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index source_aliases_alias_words_index');
  await knex.raw('drop index source_entities_name_words_index');
}
