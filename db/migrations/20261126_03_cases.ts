// A case is one event under investigation; it groups articles, claims and disputes.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('cases', (t) => {
    t.increments('id');
    t.text('title').notNullable();
    t.text('description').notNullable().defaultTo('');
    t.text('status').notNullable().defaultTo('open');
    t.integer('created_by').references('users.id');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamps(true, true);
    t.check(`status in ('open', 'archived')`, [], 'cases_status_check');
    t.check(`length(btrim(title)) between 1 and 300`, [], 'cases_title_check');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('cases');
}
