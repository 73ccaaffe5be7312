// Claims are who-said-what: a content span in an article, tied to a source entity.
// Mentions are the places a source is named or referred to. Both point into the
// article's immutable text; a trigger keeps every span inside it.
import type { Knex } from 'knex';

const MODES = ['direct', 'indirect', 'mixed', 'according_to'];
const ORIGINS = ['extracted', 'manual'];
const REVIEW = ['pending', 'accepted', 'corrected', 'rejected'];
const CONFIDENCE = ['low', 'moderate', 'high'];
const list = (xs: string[]) => xs.map((x) => `'${x}'`).join(', ');

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create function spans_within_article() returns trigger language plpgsql as $$
    declare
      len integer;
    begin
      select text_length into len from articles where id = new.article_id;
      if len is not null and new.span_end > len then
        raise exception 'span [%, %) lies outside the article (length %)', new.span_start, new.span_end, len
          using errcode = 'check_violation', constraint = TG_TABLE_NAME || '_span_within_article';
      end if;
      return new;
    end $$`);

  await knex.schema.createTable('source_mentions', (t) => {
    t.increments('id');
    t.integer('article_id').notNullable().references('articles.id');
    t.integer('source_id').references('source_entities.id');
    t.integer('span_start').notNullable();
    t.integer('span_end').notNullable();
    t.text('text').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['article_id'], 'source_mentions_article_index');
    t.index(['source_id'], 'source_mentions_source_index');
    t.check(`span_start >= 0 and span_start < span_end`, [], 'source_mentions_span_check');
  });
  await knex.raw(`
    create trigger source_mentions_span_within_article before insert or update on source_mentions
    for each row execute function spans_within_article()`);

  await knex.schema.createTable('claims', (t) => {
    t.increments('id');
    t.integer('article_id').notNullable().references('articles.id');
    t.integer('source_id').references('source_entities.id');
    t.integer('mention_id').references('source_mentions.id');
    // The covering content span; `content_spans` keeps the parts of a discontinuous one.
    t.integer('span_start').notNullable();
    t.integer('span_end').notNullable();
    t.jsonb('content_spans').notNullable().defaultTo('[]');
    // W3C TextQuoteSelector: re-anchors the claim if offsets ever drift.
    t.text('quote_exact').notNullable();
    t.text('quote_prefix').notNullable().defaultTo('');
    t.text('quote_suffix').notNullable().defaultTo('');
    t.text('content').notNullable();
    t.text('cue').notNullable().defaultTo('');
    t.integer('cue_start');
    t.integer('cue_end');
    t.text('mode').notNullable();
    t.jsonb('hedges').notNullable().defaultTo('[]');
    t.text('origin').notNullable();
    t.text('review_status').notNullable().defaultTo('pending');
    // Information credibility, graded independently of the source: 1 (confirmed) .. 6 (cannot be judged).
    t.smallint('credibility');
    t.text('confidence');
    t.specificType('extraction_confidence', 'real');
    // The publisher's own checkable statement (a toll, a date), not a quoted source.
    t.boolean('is_publisher').notNullable().defaultTo(false);
    t.integer('created_by').references('users.id');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamps(true, true);
    t.index(['article_id'], 'claims_article_index');
    t.index(['source_id'], 'claims_source_index');
    t.check(`span_start >= 0 and span_start < span_end`, [], 'claims_span_check');
    t.check(`(cue_start is null and cue_end is null) or (cue_start >= 0 and cue_start < cue_end)`, [], 'claims_cue_span_check');
    t.check(`mode in (${list(MODES)})`, [], 'claims_mode_check');
    t.check(`origin in (${list(ORIGINS)})`, [], 'claims_origin_check');
    t.check(`review_status in (${list(REVIEW)})`, [], 'claims_review_status_check');
    t.check(`credibility between 1 and 6`, [], 'claims_credibility_check');
    t.check(`confidence in (${list(CONFIDENCE)})`, [], 'claims_confidence_check');
    t.check(`extraction_confidence between 0 and 1`, [], 'claims_extraction_confidence_check');
    t.check(`jsonb_typeof(content_spans) = 'array' and jsonb_typeof(hedges) = 'array'`, [], 'claims_json_check');
    t.check(`length(quote_exact) > 0`, [], 'claims_quote_check');
  });
  await knex.raw(`
    alter table claims add column search tsvector generated always as (
      to_tsvector('english', content || ' ' || cue)
    ) stored`);
  await knex.raw('create index claims_search_index on claims using gin (search)');
  await knex.raw(`
    create trigger claims_span_within_article before insert or update on claims
    for each row execute function spans_within_article()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('claims');
  await knex.schema.dropTable('source_mentions');
  await knex.raw('drop function spans_within_article()');
}
