// The report as a standalone, print-ready HTML page rendered from views/reports/report.ejs.
// The stylesheet is inlined so a downloaded file looks the same offline.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ejs from 'ejs';
import { CLAIM_MODE_LABELS, CREDIBILITY, RELIABILITY, SOURCE_KIND_LABELS } from '../domain/grades';
import { VIEWS_DIR } from '../paths';
import { chartSvg } from './chart';
import { claimUrl, disputeUrl, likelihoodText, outcomeText, type Report, type ReportClaim } from './model';
import { longDate, longDateTime } from './text';

const TEMPLATE = path.join(VIEWS_DIR, 'reports', 'report.ejs');
let css: string | undefined;

/** Formatting helpers the template calls (all return plain text; the template escapes it). */
function helpers(report: Report) {
  return {
    outcomeText,
    likelihoodText,
    longDate,
    longDateTime,
    claimUrl: (c: ReportClaim) => claimUrl(report, c),
    disputeUrl: (id: number) => disputeUrl(report, id),
    reliability: (r: string | null) => (r ? `${r} (${RELIABILITY[r as keyof typeof RELIABILITY]})` : 'not graded'),
    credibility: (n: number | null) => (n ? `${n} (${CREDIBILITY[n as keyof typeof CREDIBILITY]})` : 'not graded'),
    kind: (k: string | null) => SOURCE_KIND_LABELS[k as keyof typeof SOURCE_KIND_LABELS] ?? 'Unknown kind',
    mode: (m: string) => CLAIM_MODE_LABELS[m as keyof typeof CLAIM_MODE_LABELS] ?? m,
  };
}

function stylesheet(): string {
  css ??= fs.readFileSync(path.join(VIEWS_DIR, 'static', 'report.css'), 'utf8');
  return css;
}

/** The report as an HTML document. */
export async function formatHtml(report: Report): Promise<string> {
  return ejs.renderFile(TEMPLATE, { report, css: stylesheet(), chartSvg, fmt: helpers(report) }, { root: VIEWS_DIR });
}

/**
 * Content-Security-Policy for serving the report: no script at all, and only the report's
 * own inline stylesheet (by hash), since the app's policy refuses inline styles.
 */
export function reportContentSecurityPolicy(): string {
  const hash = crypto.createHash('sha256').update(stylesheet()).digest('base64');
  return `default-src 'none'; style-src 'sha256-${hash}'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;
}
