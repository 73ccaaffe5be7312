// The report as a PDF drawn with PDFKit (no browser at run time): text, the positions
// side by side as a table, and the chart. Everything is drawn as plain text, so hostile
// input cannot become markup. Liberation fonts (Unicode) are used when installed, else
// the PDF standard fonts (Latin only).
import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import { CREDIBILITY, RELIABILITY, SOURCE_KIND_LABELS } from '../domain/grades';
import { BANDS, bandLabel, chartSeries } from './chart';
import { likelihoodText, outcomeText, type Report, type ReportClaim, type ReportDispute, type ReportVerdict } from './model';
import { longDate, longDateTime } from './text';

const FONT_DIR = '/usr/share/fonts/truetype/liberation';
const TTF = { sans: 'LiberationSans-Regular.ttf', bold: 'LiberationSans-Bold.ttf', serif: 'LiberationSerif-Regular.ttf', italic: 'LiberationSerif-Italic.ttf' };
const BUILTIN = { sans: 'Helvetica', bold: 'Helvetica-Bold', serif: 'Times-Roman', italic: 'Times-Italic' };
const ACCENT = '#8a1c1c';
const MUTED = '#555555';

type Doc = PDFKit.PDFDocument;
type Font = keyof typeof TTF;

/** Registers the fonts; returns a setter. */
function fonts(doc: Doc): (f: Font, size: number, colour?: string) => Doc {
  const ttf = fs.existsSync(`${FONT_DIR}/${TTF.sans}`);
  for (const [k, file] of Object.entries(TTF)) doc.registerFont(k, ttf ? `${FONT_DIR}/${file}` : BUILTIN[k as Font]);
  return (f, size, colour = '#1a1a1a') => doc.font(f).fontSize(size).fillColor(colour);
}

/** Starts a new page when fewer than `h` points are left. */
function ensure(doc: Doc, h: number): void {
  if (doc.y + h > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

const left = (doc: Doc) => doc.page.margins.left;
const width = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const rule = (doc: Doc, colour = '#d6d3cc', w = 0.7) => {
  doc.moveTo(left(doc), doc.y).lineTo(left(doc) + width(doc), doc.y).lineWidth(w).strokeColor(colour).stroke();
};

function claimBlock(c: ReportClaim): { title: string; quote: string; meta: string } {
  const kind = SOURCE_KIND_LABELS[c.source_kind as keyof typeof SOURCE_KIND_LABELS] ?? 'Unknown kind';
  const rel = c.source_reliability ? `${c.source_reliability} ${RELIABILITY[c.source_reliability as keyof typeof RELIABILITY]}` : 'reliability not graded';
  const cred = c.credibility ? `credibility ${c.credibility} ${CREDIBILITY[c.credibility as keyof typeof CREDIBILITY]}` : 'credibility not graded';
  const where = [c.article_title, c.article_publisher, c.article_published_on ? longDate(c.article_published_on) : ''].filter(Boolean).join(', ');
  return {
    title: `${c.source_name ?? 'Unattributed'} (${kind}, ${rel})`,
    quote: c.quote_exact,
    meta: `${c.cue || 'said'} · ${cred} · confidence ${c.confidence ?? 'not graded'}\n${where}`,
  };
}

function verdictBox(doc: Doc, set: ReturnType<typeof fonts>, v: ReportVerdict | undefined, label: string): void {
  const x = left(doc);
  const w = width(doc);
  ensure(doc, 90);
  const y0 = doc.y;
  doc.y = y0 + 8;
  set('bold', 8, ACCENT).text(label.toUpperCase(), x + 10, doc.y, { width: w - 20, characterSpacing: 0.8 });
  if (!v) {
    set('bold', 14).text('Not yet published', x + 10, doc.y + 2, { width: w - 20 });
    set('sans', 9, MUTED).text('No editor has published a verdict on this question. Nothing below is a finding.', { width: w - 20 });
  } else {
    set('bold', 14).text(outcomeText(v), x + 10, doc.y + 2, { width: w - 20 });
    set('sans', 9).text(`Likelihood (ICD 203): ${likelihoodText(v.likelihood)}   ·   Confidence: ${v.confidence}   ·   ${v.kind === 'published' ? 'Published' : 'Recorded'} ${longDate(v.created_at)} by ${v.reviewer_name}`, { width: w - 20 });
    set('serif', 10).text(v.rationale, { width: w - 20, paragraphGap: 2 });
    if (v.correction_note) set('italic', 9).text(`Correction: ${v.correction_note}`, { width: w - 20 });
  }
  doc.y += 8;
  doc.rect(x, y0, w, doc.y - y0).lineWidth(v ? 1 : 0.7);
  // A dashed frame marks what is not (yet) a finding, as in the HTML report.
  if (!v || v.kind !== 'published') doc.dash(3, { space: 2 });
  doc.strokeColor(v ? '#1a1a1a' : MUTED).stroke().undash();
  doc.y += 10;
  doc.x = x;
}

/** Positions as columns; one table row per claim index, so the columns stay aligned across pages. */
function positionsTable(doc: Doc, set: ReturnType<typeof fonts>, report: Report, d: ReportDispute): void {
  const cols = d.positions.length || 1;
  const gap = 12;
  const cw = (width(doc) - gap * (cols - 1)) / cols;
  const colX = (i: number) => left(doc) + i * (cw + gap);
  ensure(doc, 40);
  let y = doc.y;
  const heads = d.positions.map((p) => ({ upheld: d.published?.position_id === p.id, text: p.label + (d.published?.position_id === p.id ? ' (upheld)' : '') }));
  // Column headings, drawn again (marked "continued") at the top of each new page of the table.
  const drawHeads = (top: number, continued: boolean): number => {
    const texts = heads.map((h) => h.text + (continued ? ' (continued)' : ''));
    const headH = Math.max(...texts.map((text) => set('bold', 10).heightOfString(text, { width: cw })), 12);
    heads.forEach((h, i) => {
      doc.rect(colX(i), top, cw, 2.5).fill(h.upheld ? ACCENT : '#d6d3cc');
      set('bold', 10, h.upheld ? ACCENT : '#1a1a1a').text(texts[i]!, colX(i), top + 6, { width: cw });
    });
    return top + headH + 14;
  };
  y = drawHeads(y, false);
  const rows = Math.max(0, ...d.positions.map((p) => p.claims.length));
  for (let r = 0; r < rows; r++) {
    const blocks = d.positions.map((p) => (p.claims[r] ? claimBlock(p.claims[r]!) : undefined));
    const heights = blocks.map((b) => (b ? set('bold', 8.5).heightOfString(b.title, { width: cw }) + set('italic', 9.5).heightOfString(b.quote, { width: cw - 8 }) + set('sans', 7.5).heightOfString(b.meta, { width: cw }) + 14 : 0));
    const h = Math.max(...heights);
    if (y + h > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      y = drawHeads(doc.y, true);
    }
    blocks.forEach((b, i) => {
      if (!b) return;
      set('bold', 8.5).text(b.title, colX(i), y, { width: cw });
      const qy = doc.y + 3;
      set('italic', 9.5).text(b.quote, colX(i) + 8, qy, { width: cw - 8 });
      doc.moveTo(colX(i) + 1.5, qy).lineTo(colX(i) + 1.5, doc.y).lineWidth(2).strokeColor('#d6d3cc').stroke();
      set('sans', 7.5, MUTED).text(b.meta, colX(i), doc.y + 3, { width: cw });
    });
    y += h + 6;
  }
  if (rows === 0) set('sans', 9, MUTED).text('No claims placed.', left(doc), y);
  doc.x = left(doc);
  doc.y = Math.max(doc.y, y) + 6;
}

/** The stacked bar chart, drawn with rectangles, with a legend naming each band. */
function chart(doc: Doc, set: ReturnType<typeof fonts>, d: ReportDispute): void {
  const bars = chartSeries(d);
  ensure(doc, bars.length * 18 + 50);
  set('bold', 9).text('Claims per position, by source reliability', left(doc), doc.y);
  const labelW = 150;
  const max = Math.max(1, ...bars.map((b) => b.total));
  const scale = (width(doc) - labelW - 40) / max;
  let y = doc.y + 4;
  for (const bar of bars) {
    set('sans', 8).text(bar.label, left(doc), y + 2, { width: labelW - 8, align: 'right', height: 12, ellipsis: true, lineBreak: false });
    let x = left(doc) + labelW;
    for (const s of bar.segments) {
      const w = s.count * scale;
      doc.rect(x, y, w, 12).fill(s.colour);
      if (w >= 12) set('bold', 7, s.key === '?' || s.key === 'C' ? '#000000' : '#ffffff').text(s.key, x, y + 2.5, { width: w, align: 'center', lineBreak: false });
      x += w;
    }
    set('sans', 8).text(String(bar.total), x + 4, y + 2, { lineBreak: false });
    y += 16;
  }
  let lx = left(doc) + labelW;
  for (const b of BANDS.filter((b) => bars.some((bar) => bar.segments.some((s) => s.key === b.key)))) {
    doc.rect(lx, y + 2, 8, 8).fill(b.colour);
    const text = bandLabel(b.key);
    set('sans', 7.5, MUTED).text(text, lx + 11, y + 2.5, { lineBreak: false });
    lx += 11 + doc.widthOfString(text) + 12;
  }
  doc.x = left(doc);
  doc.y = y + 20;
}

function dispute(doc: Doc, set: ReturnType<typeof fonts>, report: Report, d: ReportDispute): void {
  ensure(doc, 140);
  rule(doc);
  doc.y += 6;
  set('sans', 8, MUTED).text(`Case: ${d.case_title} · Dispute #${d.id} · ${report.baseUrl}/disputes/${d.id}`, left(doc), doc.y, { width: width(doc) });
  set('bold', 15).text(d.question, { width: width(doc) });
  doc.y += 6;
  verdictBox(doc, set, d.published, 'Verdict');
  positionsTable(doc, set, report, d);
  chart(doc, set, d);
  if (d.reviewers.length) {
    const who = d.reviewers.map((r) => `${r.name} (${r.kind === 'published' ? 'published' : 'review'}, ${longDate(r.date)})`).join('; ');
    set('sans', 8, MUTED).text(`Reviewed by ${who}`, left(doc), doc.y, { width: width(doc) });
    doc.y += 6;
  }
  for (const v of d.drafts) verdictBox(doc, set, v, `Draft verdict · review by ${v.reviewer_name}`);
  doc.y += 10;
}

/** Draws the report into a PDFKit document piped to `out`; resolves when `out` has the whole file. */
export function writePdf(report: Report, out: NodeJS.WritableStream): Promise<void> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 48, bottom: 48, left: 50, right: 50 }, info: { Title: report.title, Author: report.publisher.name, Creator: 'Crosscheck' } });
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
    doc.on('error', reject);
  });
  doc.pipe(out);
  const set = fonts(doc);
  set('bold', 8, ACCENT).text(`${report.publisher.name.toUpperCase()} · VERDICT REPORT`, { characterSpacing: 0.8 });
  set('bold', 22).text(report.title, { width: width(doc) });
  set('serif', 11).text(report.subtitle, { width: width(doc) });
  set('sans', 8, MUTED).text(`Generated ${longDateTime(report.generatedAt)}${report.includeDrafts ? ' · Includes draft verdicts' : ''}`);
  doc.y += 6;
  rule(doc, '#1a1a1a', 1.5);
  doc.y += 10;
  if (report.source) {
    const s = report.source;
    set('bold', 12).text(`Source: ${s.name}`, left(doc), doc.y);
    set('sans', 9).text(`${SOURCE_KIND_LABELS[s.kind as keyof typeof SOURCE_KIND_LABELS] ?? s.kind} · reliability ${s.reliability ?? 'not graded'}${s.aliases.length ? ` · also written: ${s.aliases.join('; ')}` : ''}`);
    set('sans', 9).text(`Track record in published verdicts: ${s.trackRecord.upheld} upheld, ${s.trackRecord.rejected} rejected, ${s.trackRecord.open} undecided.`);
    doc.y += 10;
  }
  if (report.disputes.length === 0) set('italic', 11, MUTED).text('No disputes to report.');
  for (const d of report.disputes) dispute(doc, set, report, d);
  ensure(doc, 60);
  rule(doc);
  doc.y += 6;
  const a = report.agreement;
  set('bold', 11).text('Agreement between reviewers', left(doc), doc.y);
  set('sans', 9).text(
    a.alpha === null
      ? `Krippendorff's alpha (nominal): not computable. ${a.note ?? ''}`
      : `Krippendorff's alpha (nominal): ${a.alpha.toFixed(2)} over ${a.units} disputes, ${a.reviewers} reviewers, ${a.values} verdicts; unanimous on ${a.unanimous}.`,
    { width: width(doc) },
  );
  doc.end();
  return done;
}
