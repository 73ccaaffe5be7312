// Turns candidate columns into board positions: each source sits in exactly one column
// (the one holding most of its claims), empty columns go, and a suggestion's key is a
// stable fingerprint of what it lines up.
import type { Analysed } from './analyse';
import type { Position } from './types';

/** A candidate column before sources are assigned. */
export interface Column {
  /** A label, or a function that builds one from the claims that stay in the column. */
  label: string | ((kept: Analysed[]) => string);
  members: Analysed[];
}

/** The assigned positions, with the sources they hold. */
export interface Lineup {
  positions: Position[];
  sources: string[][];
}

/** Assigns each source to one column (most claims wins, earlier column on ties) and drops empty ones. */
export function lineUp(columns: readonly Column[]): Lineup {
  const counts = new Map<string, number[]>();
  columns.forEach((col, c) => {
    for (const m of col.members) {
      let row = counts.get(m.source);
      if (!row) counts.set(m.source, (row = new Array<number>(columns.length).fill(0)));
      row[c] = (row[c] ?? 0) + 1;
    }
  });
  const home = new Map<string, number>();
  for (const [source, row] of counts) home.set(source, row.indexOf(Math.max(...row)));
  const positions: Position[] = [];
  const sources: string[][] = [];
  columns.forEach((col, c) => {
    const ids: string[] = [];
    const kept: Analysed[] = [];
    const srcs = new Set<string>();
    for (const m of col.members) {
      if (home.get(m.source) !== c || ids.includes(m.claim.id)) continue;
      ids.push(m.claim.id);
      kept.push(m);
      srcs.add(m.source);
    }
    if (ids.length) {
      // Labels come from the claims that stay, so a column never speaks for a moved claim.
      positions.push({ label: typeof col.label === 'string' ? col.label : col.label(kept), claimIds: ids });
      sources.push([...srcs]);
    }
  });
  return { positions, sources };
}

/** Number of distinct sources across a lineup. */
export function sourceCount(lineup: Lineup): number {
  return new Set(lineup.sources.flat()).size;
}

// FNV-1a, 32 bits: short, dependency-free and stable across runs and platforms.
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** Stable key of a suggestion: kind, signal and the sorted claim ids it lines up. */
export function fingerprint(kind: string, signal: string, positions: readonly Position[]): string {
  const ids = positions.flatMap((p) => p.claimIds).slice().sort();
  return `${kind}:${signal}:${fnv1a(ids.join('\u0000'))}`;
}
