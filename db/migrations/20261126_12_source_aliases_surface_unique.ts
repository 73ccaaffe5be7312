// Aliases record how a source was written ("Gen. Yehia Rasool", "Kataib Hezbollah"),
// for reviewers to see. Name normalisation now folds titles and transliterations, so
// several spellings share one normalised key: uniqueness moves to the spelling itself.
// The normalised-alias index stays for matching.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('source_aliases', (t) => {
    t.dropUnique(['source_id', 'normalized_alias'], 'source_aliases_unique');
    t.unique(['source_id', 'alias'], { indexName: 'source_aliases_unique' });
  });
}

export async function down(knex: Knex): Promise<void> {
  // Keeps the first spelling of each normalised key, so the old constraint can return.
  await knex.raw(`
    delete from source_aliases a using source_aliases b
    where a.source_id = b.source_id and a.normalized_alias = b.normalized_alias and a.id > b.id`);
  await knex.schema.alterTable('source_aliases', (t) => {
    t.dropUnique(['source_id', 'alias'], 'source_aliases_unique');
    t.unique(['source_id', 'normalized_alias'], { indexName: 'source_aliases_unique' });
  });
}
