// Articles are the evidence: their text is immutable once seeded, because every claim
// points into it by character offset. The extractor version says which engine read it.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('articles', (t) => {
    t.increments('id');
    t.integer('case_id').notNullable().references('cases.id');
    t.text('title').notNullable();
    t.text('publisher').notNullable().defaultTo('');
    t.text('url');
    t.date('published_on');
    t.text('body').notNullable();
    // sha256 of the normalised text: the same article pasted twice into a case is one row.
    t.text('content_hash').notNullable();
    t.text('extractor_version');
    t.integer('created_by').references('users.id');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamps(true, true);
    t.unique(['case_id', 'content_hash'], { indexName: 'articles_case_hash_unique' });
    t.index(['case_id'], 'articles_case_id_index');
    t.check(`length(btrim(title)) between 1 and 500`, [], 'articles_title_check');
    t.check(`length(body) > 0`, [], 'articles_body_check');
    t.check(`content_hash ~ '^[0-9a-f]{64}$'`, [], 'articles_content_hash_check');
    // No '?' in check SQL: knex reads it as a binding placeholder.
    t.check(`url is null or url ~* '^https{0,1}://'`, [], 'articles_url_check');
  });
  await knex.raw(`
    alter table articles add column search tsvector generated always as (
      setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
      setweight(to_tsvector('english', coalesce(publisher, '')), 'B') ||
      setweight(to_tsvector('english', body), 'C')
    ) stored`);
  await knex.raw('create index articles_search_index on articles using gin (search)');
  // Span offsets count UTF-16 code units (what JavaScript and browsers count), while
  // length() counts code points: add one per astral character so spans can be checked.
  await knex.raw(`
    alter table articles add column text_length integer generated always as (
      length(body) + length(regexp_replace(body, '[^\\U00010000-\\U0010FFFF]', '', 'g'))
    ) stored`);
  // The text and its hash never change after seeding: offsets into it must stay valid.
  await knex.raw(`
    create function articles_body_immutable() returns trigger language plpgsql as $$
    begin
      if new.body is distinct from old.body or new.content_hash is distinct from old.content_hash then
        raise exception 'article text is immutable once seeded' using errcode = 'check_violation';
      end if;
      return new;
    end $$`);
  await knex.raw(`
    create trigger articles_body_immutable before update on articles
    for each row execute function articles_body_immutable()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('articles');
  await knex.raw('drop function articles_body_immutable()');
}
