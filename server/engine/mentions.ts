// Mention tracker: every capitalised name in the text, with a guess at whether it is a person.
// Coreference needs antecedents that never spoke ("Rasool met X. He said …"), so this scans
// all sentences rather than only cue-adjacent noun phrases.
import type { Span } from './types';
import { stripTitles } from './entity-kinds';

/** A capitalised name occurrence. */
export interface TrackedMention {
  span: Span;
  name: string;
  person: boolean;
}

const NOT_NAME = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'There', 'His', 'Her', 'Their', 'Its', 'If', 'When', 'While', 'After', 'Before', 'As', 'For', 'With', 'Since', 'Some', 'Many', 'Prior', 'Several', 'According', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Mr', 'Mrs', 'Ms']);
const TITLE_BEFORE = /\b(?:President|Gen\.|General|Maj\.|Col\.|Lt\.|Capt\.|Sen\.|Senator|Rep\.|Gov\.|Governor|Secretary|Minister|Mr\.|Mrs\.|Ms\.|Dr\.|spokesman|spokeswoman|Judge|Mayor|Ambassador)\s+$/;
const NON_PERSON_WORD = /\b(?:Army|Forces|Command|Ministry|Department|Council|Party|Group|State|States|Nations|House|Office|Province|City|Street|Base|Resistance|Hezbollah|Union|Committee|Court|Times|Post|News|Agency|Organization|Foundation|Institute|University|Republic|Kingdom|Government|Senate|Congress|Iraq|Syria|Iran|Russia|Gaza|Israel|Observatory|Rights|Network|Coalition|Front|Brigades?|Movement|Society|Commission|Centre|Center|Monitor|Watch|Affairs|Crescent|Cross|Television|Radio|Press|Media|Alliance|Today|Daily|Sea|Gulf|River|Strait|Valley|Desert|Islands?|Peninsula|Bay|Ocean|Lake|Canal|Airport|Square|Road|Bridge|Mosque|Hospital|School|Camp|Prison|Mountains?|Heights|Bank|Strip|Coast)\b/;
// (Not after a title: "President of Ukraine Volodymyr Zelenskiy" is a person.)
const ORG_JOIN_BEFORE = /(?<!\b(?:President|Secretary|Minister|Governor|Mayor|Prince|King|Queen|Emir|Sheikh|Chief|Head|Director|Chairman|Speaker))(?:^|\s)\p{Lu}[\p{L}'’-]*\s+(?:for|of|on)\s+(?:the\s+)?$/u;
const ORG_JOIN_AFTER = /^\s+(?:for|of|on)\s+(?:the\s+)?\p{Lu}/u;
// Two to four capitalised words (allowing "al-" particles): the usual shape of a person's name.
const NAME_RE = /\b(\p{Lu}[\p{L}'’-]+(?:\s+(?:al-|bin\s+|de\s+|van\s+)?\p{Lu}[\p{L}'’-]+){1,3})/gu;

/** All capitalised multi-word names in the given sentences, in text order. */
export function trackMentions(text: string, sentences: Span[]): TrackedMention[] {
  const out: TrackedMention[] = [];
  for (const [s, e] of sentences) {
    if (e - s > 5000) continue; // a "sentence" this long is not prose; skip to stay linear
    const chunk = text.slice(s, e);
    const re = new RegExp(NAME_RE.source, NAME_RE.flags);
    let m: RegExpExecArray | null;
    while ((m = re.exec(chunk)) !== null) {
      let name = m[1] ?? '';
      let off = m.index;
      const first = name.split(/\s+/)[0] ?? '';
      if (NOT_NAME.has(first)) {
        const rest = name.slice(first.length).trimStart();
        off += name.length - rest.length;
        name = rest;
        if (!/\s/.test(name)) continue;
      }
      const titled = TITLE_BEFORE.test(chunk.slice(Math.max(0, off - 20), off));
      // "Syrian Observatory for Human Rights": either half of a name joined by "for"/"of" is
      // part of a body's name, not a person.
      const joined = ORG_JOIN_BEFORE.test(chunk.slice(Math.max(0, off - 40), off)) || ORG_JOIN_AFTER.test(chunk.slice(off + name.length, off + name.length + 40));
      // "the Red Sea", "the Pentagon": a name after "the" is not a person's.
      const definite = /\bthe\s+$/i.test(chunk.slice(Math.max(0, off - 5), off));
      // "Doctors Without Borders": a capitalised function word inside makes it a title or a body.
      const titleLike = /\s(?:Without|For|Of|And|The|On|In|At|To)\s/.test(name);
      const person = !joined && !definite && !titleLike && !NON_PERSON_WORD.test(name) && (titled || name.split(/\s+/).length <= 3);
      const bare = stripTitles(name);
      const cut = name.length - bare.length;
      out.push({ span: [s + off + cut, s + off + name.length], name: bare, person });
    }
  }
  return out;
}
