// The publisher's own checkable statements: sentences with no attribution that state numbers
// (tolls, counts), casualties or dates. They are attributed to the outlet itself (kind media)
// and flagged `publisher: true` so evaluation against attribution corpora can drop them.
import type { Attribution, SourceEntity, Span } from './types';

const CHECKABLE = /(?:\b\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?)\b).{0,60}?\b(?:killed|dead|died|deaths?|wounded|injured|casualties|civilians|troops|soldiers|people|strikes?|attacks?|times|percent|%|bodies|missing|displaced|refugees|homes|houses|buildings|fighters|militants|rebels|rockets|missiles|drones|shells|children|women|victims|hostages|prisoners|detainees|arrested)\b|\b(?:killed|killing|wounded|wounding|injured|injuring)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2}\b|\b(?:19|20)\d\d\b/i;

// Lines a pasted web page brings along that state nothing: "Published 12:40 GMT, 14 March
// 2024", "Updated: …", "(Reporting by …; Editing by …)", "File photo: …".
const PAGE_FURNITURE = /^\s*(?:\(?(?:reporting|writing|editing|additional reporting) by\b|(?:first |last )?(?:published|updated|posted|modified|filed)\b|(?:file )?(?:photo|image|picture|caption)\s*:|copyright\b|©)/i;

/** Publisher claims among sentences not covered by any attribution. */
export function publisherClaims(text: string, sentences: Span[], covered: Span[], publisher: string, nextId: number): { entity: SourceEntity; attributions: Attribution[] } {
  const id = `e${nextId}`;
  const entity: SourceEntity = { id, name: publisher, kind: 'media', named: publisher !== 'Publisher', mentions: [], descriptors: ['publisher'] };
  const coveredStarts = new Set(covered.map((c) => c[0]));
  const attributions: Attribution[] = [];
  for (const s of sentences) {
    if (coveredStarts.has(s[0])) continue;
    const len = s[1] - s[0];
    if (len < 25 || len > 600) continue; // headings and run-ons are not claims
    const body = text.slice(s[0], s[1]);
    if (/["“”]/.test(body) || !CHECKABLE.test(body) || PAGE_FURNITURE.test(body)) continue;
    let e = s[1];
    while (e > s[0] && /[.!?\s]/.test(text.charAt(e - 1))) e--;
    attributions.push({ source: [], cue: [], content: [[s[0], e]], mode: 'indirect', entityId: id, hedges: [], confidence: 0.6, publisher: true });
  }
  return { entity, attributions };
}
