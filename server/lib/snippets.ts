// Search snippets: ts_headline marks hits with private-use characters (db/search.ts), and
// this turns a snippet into plain-text pieces, each flagged as a hit or not. Views print
// the pieces with <%= %>, so the article's own text is always escaped: a "<script>" in a
// claim is shown as text, and only our <mark> elements become markup.
import { HIT_START, HIT_STOP } from '../../db/search';

export interface SnippetPiece {
  text: string;
  hit: boolean;
}

/** Splits a marked snippet into pieces; unbalanced markers cannot leak (they are simply dropped). */
export function snippetPieces(snippet: string): SnippetPiece[] {
  const pieces: SnippetPiece[] = [];
  let hit = false;
  let buf = '';
  const flush = () => {
    if (buf) pieces.push({ text: buf, hit });
    buf = '';
  };
  for (const ch of snippet) {
    if (ch === HIT_START || ch === HIT_STOP) {
      flush();
      hit = ch === HIT_START;
    } else buf += ch;
  }
  flush();
  return pieces;
}
