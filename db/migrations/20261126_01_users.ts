// Reviewers, editors and admins: every verdict and audit entry names one of them.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('users', (t) => {
    t.increments('id');
    t.text('email').notNullable();
    t.text('display_name').notNullable();
    t.text('role').notNullable().defaultTo('viewer');
    t.text('password_hash').notNullable();
    t.timestamp('disabled_at', { useTz: true });
    t.integer('version').notNullable().defaultTo(1);
    t.timestamps(true, true);
    t.check(`role in ('viewer', 'reviewer', 'editor', 'admin')`, [], 'users_role_check');
    t.check(`email ~ '^[^@\\s]+@[^@\\s]+$'`, [], 'users_email_check');
    t.check(`length(display_name) between 1 and 200`, [], 'users_display_name_check');
  });
  // Addresses are compared case-insensitively: Ana@x and ana@x are one account.
  await knex.raw('create unique index users_email_unique on users (lower(email))');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('users');
}
