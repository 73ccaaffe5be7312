// Every migration, in order. Listed in code (not found by scanning a folder) so a stale
// compiled file left in dist/ can never run; tests/db/migrations.test.ts checks this list
// against the folder.
import type { Knex } from 'knex';
import * as m00 from './20261126_01_users';
import * as m01 from './20261126_02_sessions';
import * as m02 from './20261126_03_cases';
import * as m03 from './20261126_04_articles';
import * as m04 from './20261126_05_sources';
import * as m05 from './20261126_06_claims';
import * as m06 from './20261126_07_disputes';
import * as m07 from './20261126_08_verdicts';
import * as m08 from './20261126_09_audit_log';
import * as m09 from './20261126_10_source_entities_case_scope';
import * as m10 from './20261126_11_source_entities_unique_per_scope';
import * as m11 from './20261126_12_source_aliases_surface_unique';
import * as m12 from './20261126_13_source_name_words_index';
import * as m13 from './20261126_14_login_attempts';
import * as m14 from './20261126_15_consistency_marks';
import * as m15 from './20261126_16_claims_article_order_index';
import * as m16 from './20261126_17_dispute_suggestion_signals';
import * as m17 from './20261126_18_case_source_counts';
import * as m18 from './20261126_19_claims_article_index_review_status';

export interface Migration {
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

/** Migration name → module, oldest first. */
export const MIGRATIONS: [string, Migration][] = [
  ['20261126_01_users', m00],
  ['20261126_02_sessions', m01],
  ['20261126_03_cases', m02],
  ['20261126_04_articles', m03],
  ['20261126_05_sources', m04],
  ['20261126_06_claims', m05],
  ['20261126_07_disputes', m06],
  ['20261126_08_verdicts', m07],
  ['20261126_09_audit_log', m08],
  ['20261126_10_source_entities_case_scope', m09],
  ['20261126_11_source_entities_unique_per_scope', m10],
  ['20261126_12_source_aliases_surface_unique', m11],
  ['20261126_13_source_name_words_index', m12],
  ['20261126_14_login_attempts', m13],
  ['20261126_15_consistency_marks', m14],
  ['20261126_16_claims_article_order_index', m15],
  ['20261126_17_dispute_suggestion_signals', m16],
  ['20261126_18_case_source_counts', m17],
  ['20261126_19_claims_article_index_review_status', m18],
];
