// The report's small chart: claims per position, stacked by the reliability of their
// source. One series function feeds both the inline SVG (HTML) and the PDF drawing.
import { RELIABILITY } from '../domain/grades';
import type { ReportDispute } from './model';
import { escapeHtml } from './text';

/** Reliability bands, best first; "?" is an ungraded source. Colours are print-safe and keep AA contrast for the labels beside them. */
export const BANDS = [
  { key: 'A', colour: '#1b5e20' },
  { key: 'B', colour: '#4c8c4a' },
  { key: 'C', colour: '#c0a000' },
  { key: 'D', colour: '#d9822b' },
  { key: 'E', colour: '#b3261e' },
  { key: 'F', colour: '#7a7a7a' },
  { key: '?', colour: '#c8c8c8' },
] as const;

export interface ChartBar {
  label: string;
  total: number;
  segments: { key: string; count: number; colour: string }[];
}

/** Legend text for a band. */
export function bandLabel(key: string): string {
  return key === '?' ? 'Not graded' : `${key} ${RELIABILITY[key as keyof typeof RELIABILITY]}`;
}

/** Claims per position of a dispute, counted per reliability band. */
export function chartSeries(d: ReportDispute): ChartBar[] {
  return d.positions.map((p) => {
    const counts = new Map<string, number>();
    for (const c of p.claims) {
      const k = c.source_reliability ?? '?';
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const segments = BANDS.filter((b) => counts.has(b.key)).map((b) => ({ key: b.key, count: counts.get(b.key)!, colour: b.colour }));
    return { label: p.label, total: p.claims.length, segments };
  });
}

const W = 720;
const ROW = 26;
const LABEL_W = 280;

/** Horizontal stacked bars as an inline SVG, with a text legend (colour is never the only signal: segments carry their letter). */
export function chartSvg(d: ReportDispute): string {
  const bars = chartSeries(d);
  const max = Math.max(1, ...bars.map((b) => b.total));
  const scale = (W - LABEL_W - 40) / max;
  const used = BANDS.filter((b) => bars.some((bar) => bar.segments.some((s) => s.key === b.key)));
  const legendY = bars.length * ROW + 14;
  const height = legendY + 22;
  const out: string[] = [
    `<svg class="chart" role="img" aria-labelledby="chart-${d.id}-t" viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="chart-${d.id}-t">Claims per position, by source reliability</title>`,
  ];
  bars.forEach((bar, i) => {
    const y = i * ROW + 4;
    const label = bar.label.length > 44 ? `${bar.label.slice(0, 43)}…` : bar.label;
    out.push(`<text x="${LABEL_W - 8}" y="${y + 14}" text-anchor="end" font-size="12">${escapeHtml(label)}</text>`);
    let x = LABEL_W;
    for (const s of bar.segments) {
      const w = s.count * scale;
      out.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="18" fill="${s.colour}"><title>${escapeHtml(bandLabel(s.key))}: ${s.count}</title></rect>`);
      if (w >= 16) out.push(`<text x="${(x + w / 2).toFixed(1)}" y="${y + 13}" text-anchor="middle" font-size="10" fill="${s.key === '?' || s.key === 'C' ? '#000' : '#fff'}">${s.key}</text>`);
      x += w;
    }
    out.push(`<text x="${(x + 6).toFixed(1)}" y="${y + 14}" font-size="12">${bar.total}</text>`);
  });
  let lx = 0;
  for (const b of used) {
    out.push(`<rect x="${lx}" y="${legendY}" width="10" height="10" fill="${b.colour}"/>`);
    const text = bandLabel(b.key);
    out.push(`<text x="${lx + 14}" y="${legendY + 9}" font-size="11">${escapeHtml(text)}</text>`);
    lx += 14 + text.length * 6 + 14;
  }
  out.push('</svg>');
  return out.join('');
}
