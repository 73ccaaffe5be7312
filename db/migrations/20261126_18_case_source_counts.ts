// The case and article pages list the case's sources with their claim and mention counts.
// Counting them on every view read every claim and mention of the case (8.7 ms of the
// case page's database time for 5,000 claims); a covering index only took that to about
// 2 ms, since the rows still had to be counted. These counts are kept per case and source
// instead, by triggers on claims, source_mentions and articles, so every write (seeding,
// import, review, correction, source merge, a claim or mention deleted, an article moved)
// keeps them exact in its own transaction, whichever code path makes it.
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('case_source_counts', (t) => {
    t.integer('case_id').notNullable().references('cases.id');
    t.integer('source_id').notNullable().references('source_entities.id');
    // Claims not rejected: what the pages show. Rejected ones still tell that the source
    // speaks in the case (other_case_count on the source menus counts them).
    t.integer('claim_count').notNullable().defaultTo(0);
    t.integer('rejected_claim_count').notNullable().defaultTo(0);
    t.integer('mention_count').notNullable().defaultTo(0);
    t.primary(['case_id', 'source_id']);
    t.index(['source_id'], 'case_source_counts_source_index');
  });

  await knex.raw(`create type case_source_delta as (case_id integer, source_id integer, claims integer, rejected_claims integer, mentions integer)`);
  // One upsert per statement, whatever the number of rows it changed, in key order so that
  // two transactions touching the same counts lock them in the same order. Changes that
  // cancel out (a claim graded, not moved) touch no row at all.
  // (Not a check constraint: PostgreSQL checks the row an upsert proposes to insert, a
  // negative change, before it finds the row to update.) A count below zero means a write
  // escaped the triggers: that write fails rather than let the counts drift.
  await knex.raw(`
    create function apply_case_source_deltas(deltas case_source_delta[]) returns void language plpgsql as $$
    declare
      negative integer;
    begin
      with changed as (
        insert into case_source_counts as t (case_id, source_id, claim_count, rejected_claim_count, mention_count)
        select d.case_id, d.source_id, sum(d.claims), sum(d.rejected_claims), sum(d.mentions)
        from unnest(deltas) d
        group by d.case_id, d.source_id
        having sum(d.claims) <> 0 or sum(d.rejected_claims) <> 0 or sum(d.mentions) <> 0
        order by d.case_id, d.source_id
        on conflict (case_id, source_id) do update set
          claim_count = t.claim_count + excluded.claim_count,
          rejected_claim_count = t.rejected_claim_count + excluded.rejected_claim_count,
          mention_count = t.mention_count + excluded.mention_count
        returning t.claim_count, t.rejected_claim_count, t.mention_count)
      select count(*) into negative from changed where claim_count < 0 or rejected_claim_count < 0 or mention_count < 0;
      if negative > 0 then
        raise exception 'case_source_counts would fall below zero' using errcode = 'check_violation';
      end if;
    end $$`);

  // One trigger function per counted table: `counts(sign)` gives the delta columns
  // (claims, rejected claims, mentions) of a row r, negated for old rows (sign "-").
  const countsFunction = (fn: string, counts: (sign: '' | '-') => string): string => `
    create function ${fn}() returns trigger language plpgsql as $$
    declare
      deltas case_source_delta[] := '{}';
    begin
      if TG_OP <> 'DELETE' then
        deltas := deltas || array(
          select row(a.case_id, r.source_id, ${counts('')})::case_source_delta
          from new_rows r join articles a on a.id = r.article_id where r.source_id is not null);
      end if;
      if TG_OP <> 'INSERT' then
        deltas := deltas || array(
          select row(a.case_id, r.source_id, ${counts('-')})::case_source_delta
          from old_rows r join articles a on a.id = r.article_id where r.source_id is not null);
      end if;
      perform apply_case_source_deltas(deltas);
      return null;
    end $$`;
  await knex.raw(countsFunction('case_source_counts_claims', (sign) => `${sign}(r.review_status <> 'rejected')::int, ${sign}(r.review_status = 'rejected')::int, 0`));
  await knex.raw(countsFunction('case_source_counts_mentions', (sign) => `0, 0, ${sign}1`));
  // Nothing moves an article to another case today; if something ever does, its claims and
  // mentions move their counts with it.
  await knex.raw(`
    create function case_source_counts_article_moved() returns trigger language plpgsql as $$
    begin
      perform apply_case_source_deltas(array(
        select row(k.case_id, c.source_id, k.sign * (c.review_status <> 'rejected')::int, k.sign * (c.review_status = 'rejected')::int, 0)::case_source_delta
        from claims c, (values (old.case_id, -1), (new.case_id, 1)) k(case_id, sign)
        where c.article_id = new.id and c.source_id is not null
        union all
        select row(k.case_id, m.source_id, 0, 0, k.sign)::case_source_delta
        from source_mentions m, (values (old.case_id, -1), (new.case_id, 1)) k(case_id, sign)
        where m.article_id = new.id and m.source_id is not null));
      return null;
    end $$`);

  // Transition tables rule out a trigger for several events, hence one per event.
  for (const [table, fn] of [['claims', 'case_source_counts_claims'], ['source_mentions', 'case_source_counts_mentions']] as const) {
    await knex.raw(`create trigger ${table}_case_source_counts_insert after insert on ${table}
      referencing new table as new_rows for each statement execute function ${fn}()`);
    await knex.raw(`create trigger ${table}_case_source_counts_update after update on ${table}
      referencing old table as old_rows new table as new_rows for each statement execute function ${fn}()`);
    await knex.raw(`create trigger ${table}_case_source_counts_delete after delete on ${table}
      referencing old table as old_rows for each statement execute function ${fn}()`);
  }
  await knex.raw(`create trigger articles_case_source_counts after update of case_id on articles
    for each row when (old.case_id is distinct from new.case_id) execute function case_source_counts_article_moved()`);

  await knex.raw(`
    insert into case_source_counts (case_id, source_id, claim_count, rejected_claim_count, mention_count)
    select case_id, source_id, sum(claims), sum(rejected_claims), sum(mentions) from (
      select a.case_id, c.source_id, (c.review_status <> 'rejected')::int as claims, (c.review_status = 'rejected')::int as rejected_claims, 0 as mentions
      from claims c join articles a on a.id = c.article_id where c.source_id is not null
      union all
      select a.case_id, m.source_id, 0, 0, 1
      from source_mentions m join articles a on a.id = m.article_id where m.source_id is not null) d
    group by case_id, source_id`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop trigger articles_case_source_counts on articles');
  for (const table of ['claims', 'source_mentions']) {
    for (const event of ['insert', 'update', 'delete']) await knex.raw(`drop trigger ${table}_case_source_counts_${event} on ${table}`);
  }
  await knex.raw('drop function case_source_counts_article_moved()');
  await knex.raw('drop function case_source_counts_mentions()');
  await knex.raw('drop function case_source_counts_claims()');
  await knex.raw('drop function apply_case_source_deltas(case_source_delta[])');
  await knex.raw('drop type case_source_delta');
  await knex.schema.dropTable('case_source_counts');
}
