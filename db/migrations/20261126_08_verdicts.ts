// Verdicts are append-only: a reviewer's new verdict supersedes their previous one by
// being newer, and an editor's published verdict is a row of kind 'published'. Nothing
// updates or deletes a verdict; a trigger refuses it so no code path can.
import type { Knex } from 'knex';

// ICD 203 expressions of likelihood (the probability bands are in server/domain/grades.ts).
const LIKELIHOOD = ['almost_no_chance', 'very_unlikely', 'unlikely', 'roughly_even', 'likely', 'very_likely', 'almost_certain'];
const list = (xs: string[]) => xs.map((x) => `'${x}'`).join(', ');

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create function refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception '% is append-only', TG_TABLE_NAME using errcode = 'restrict_violation';
    end $$`);

  await knex.schema.createTable('verdicts', (t) => {
    t.increments('id');
    t.integer('dispute_id').notNullable().references('disputes.id');
    t.integer('reviewer_id').notNullable().references('users.id');
    // review: one reviewer's judgement; published: the editor's final, locked verdict.
    t.text('kind').notNullable().defaultTo('review');
    t.text('outcome').notNullable();
    t.integer('position_id').references('positions.id');
    t.text('likelihood').notNullable();
    t.text('confidence').notNullable();
    t.text('rationale').notNullable();
    t.text('correction_note');
    t.integer('based_on_id').references('verdicts.id');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['dispute_id', 'reviewer_id', 'created_at'], 'verdicts_latest_index');
    t.check(`kind in ('review', 'published')`, [], 'verdicts_kind_check');
    t.check(`outcome in ('position', 'conflicting', 'insufficient_evidence')`, [], 'verdicts_outcome_check');
    t.check(`(outcome = 'position') = (position_id is not null)`, [], 'verdicts_position_check');
    t.check(`likelihood in (${list(LIKELIHOOD)})`, [], 'verdicts_likelihood_check');
    t.check(`confidence in ('low', 'moderate', 'high')`, [], 'verdicts_confidence_check');
    t.check(`length(btrim(rationale)) between 1 and 20000`, [], 'verdicts_rationale_check');
  });
  await knex.raw(`
    create trigger verdicts_append_only before update or delete on verdicts
    for each row execute function refuse_change()`);

  // The claims a verdict relies on.
  await knex.schema.createTable('verdict_evidence', (t) => {
    t.integer('verdict_id').notNullable().references('verdicts.id');
    t.integer('claim_id').notNullable().references('claims.id');
    t.primary(['verdict_id', 'claim_id']);
  });
  await knex.raw(`
    create trigger verdict_evidence_append_only before update or delete on verdict_evidence
    for each row execute function refuse_change()`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('verdict_evidence');
  await knex.schema.dropTable('verdicts');
  await knex.raw('drop function refuse_change()');
}
