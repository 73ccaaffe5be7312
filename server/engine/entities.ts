// Coreference of sources into entities. A mention tracker records every capitalised name in
// the text (not only cue-adjacent ones) so "he" can reach a person introduced without a cue;
// pronouns, definite descriptions ("the official", "the group") and surnames then resolve to
// the most recent compatible entity.
import type { EntityKind, Mention, SourceEntity, Span } from './types';
import type { Draft } from './index';
import { PARTITIVE, PERSON_HEAD, bareName, isNamed, kindOf, stripTitles } from './entity-kinds';
import { trackMentions } from './mentions';

interface Ent extends SourceEntity {
  /** Lower-cased head nouns and name tokens used for matching. */
  keys: Set<string>;
  last: number;
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'him', 'her']);
const THING_PRONOUNS = new Set(['it']);
const PLURAL_PRONOUNS = new Set(['they', 'we']);
const NON_PERSON: ReadonlySet<EntityKind> = new Set(['organization', 'government', 'military', 'armed_group', 'media']);
const GROUPS: EntityKind[] = ['armed_group', 'organization'];
/** Kinds of entity a bare descriptive head noun may refer back to. */
// A Map, not an object literal: a head noun such as "constructor" must not find Object's own.
const DESCRIPTION_KINDS = new Map<string, EntityKind[]>([
  ['group', GROUPS], ['organization', GROUPS], ['organisation', GROUPS], ['movement', GROUPS], ['alliance', GROUPS], ['militia', GROUPS],
  ['agency', ['media', 'government', 'organization']], ['ministry', ['government']], ['company', ['organization', 'media']], ['campaign', ['organization']],
]);

/** Does the description end in a person ("a security source", not "reports")? */
const isSomeone = (description: string): boolean => PERSON_HEAD.test(description.split(/\s+/).pop() ?? '');

// A description that ends in a role: "the president's chief of staff", "Iran's envoy to the UN".
const ROLE_TAIL = /\b(?:chief of staff|spokes(?:man|woman|person)|advis[eo]r|aide|envoy|ambassador|minister|secretary|commander|chief|head|director|deputy|lawyer|negotiator|representative|governor|mayor)(?:\s+(?:for|of|to|at)\s+[\p{L}\s.'’-]+)?$/iu;

const personBy = (e: Ent | undefined): Ent | undefined => (e?.kind === 'person' ? e : undefined);

/** A name as looked up: lower case, without possessives ("Sudan's army" is "sudan army"). */
const nameKey = (s: string): string => s.toLowerCase().replace(/['’]s\b/g, '').replace(/\s+/g, ' ').trim();

/** Lower-case initials of a name's capitalised words ("Rapid Support Forces" → "rsf"), or ''
 * when fewer than two. */
function initialsOf(name: string): string {
  const caps = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  return caps.length >= 2 ? caps.map((w) => w.charAt(0).toLowerCase()).join('') : '';
}

// A short form given in brackets after a source's name: "the Rapid Support Forces (RSF)".
const BRACKETED = /\((\p{Lu}[\p{Lu}\p{N}.-]*)\)\s*$/u;

/** Split an appositive source "NAME, the spokesman for X" into name and descriptor. */
function splitAppositive(s: string): [string, string | null] {
  const m = /^(.+?)\s*(?:,|--|—|–)\s*(.+?)\s*(?:,|--|—|–)?\s*$/.exec(s);
  if (m && m[1] && m[2]) return [m[1], m[2]];
  return [s, null];
}

/** Lower-cased keys of a mention: content words, singularised. */
function keysOf(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of bareName(s).toLowerCase().split(/[\s-]+/)) {
    if (w.length < 2 || /^(?:the|a|an|of|for|and|from|in|us|u\.s\.)$/.test(w)) continue;
    out.add(w.replace(/(?<=[^s])s$/, ''));
  }
  return out;
}

/** Resolve draft sources to entities; sets each attribution's entityId. */
export function resolveEntities(text: string, drafts: Draft[], sentences: Span[]): SourceEntity[] {
  const ents: Ent[] = [];
  const tracker = trackMentions(text, sentences);
  let tp = 0; // next tracked person mention not yet seen
  let lastPersonMention: { name: string; pos: number } | null = null;
  // Most-recent look-ups are indexed (by kind, key and name token) so resolution stays linear
  // in the number of attributions even on very long texts.
  const lastByKind = new Map<EntityKind, Ent>();
  let lastNamedPerson: Ent | undefined;
  const byKey = new Map<string, Ent>();
  const byName = new Map<string, Ent>();
  const byToken = new Map<string, Ent>();
  const byId = new Map<string, Ent>();
  // Unnamed bodies by their description: "a monitoring group" said twice is one group. (An
  // unnamed person, "a security source", may be two people, and is not looked up so.)
  const byDescription = new Map<string, Ent>();
  const touch = (e: Ent): void => {
    lastByKind.set(e.kind, e);
    if (e.kind === 'person' && e.named) lastNamedPerson = e;
    for (const k of e.keys) byKey.set(k, e);
    if (e.named) {
      const low = e.name.toLowerCase();
      byName.set(nameKey(e.name), e);
      // "the RSF" after "the Rapid Support Forces": a body's initials name it too.
      const initials = e.kind === 'person' ? '' : initialsOf(e.name);
      if (initials && !byName.has(initials)) byName.set(initials, e);
      // "Masri" also finds "Omar al-Masri": index surnames without Arabic particles.
      const words = low.split(/\s+/);
      for (const t of words) { byToken.set(t, e); byToken.set(t.replace(/^(?:al|el|ad|as|an|ar|ash|at|az)-/, ''), e); }
      // "Abdel Rahman" finds "Rami Abdel Rahman": a person's longer surnames too.
      if (e.kind === 'person') for (let i = 1; i < words.length - 1; i++) byToken.set(words.slice(i).join(' '), e);
    } else if (NON_PERSON.has(e.kind)) byDescription.set(e.name.toLowerCase(), e);
  };
  const create = (name: string, _mentionText: string, span: Span, kind: EntityKind, named: boolean, desc: string | null): Ent => {
    const e: Ent = { id: `e${ents.length}`, name, kind, named, mentions: [], descriptors: desc ? [desc] : [], keys: keysOf(`${name} ${desc ?? ''}`), last: span[0] };
    ents.push(e);
    byId.set(e.id, e);
    touch(e);
    return e;
  };
  const mention = (e: Ent, span: Span): void => {
    const m: Mention = { span, text: text.slice(span[0], span[1]) };
    e.mentions.push(m);
    e.last = span[0];
    touch(e);
  };
  const newest = (...cands: (Ent | undefined)[]): Ent | undefined => {
    let best: Ent | undefined;
    for (const e of cands) if (e && (!best || e.last > best.last)) best = e;
    return best;
  };
  const recentOfKinds = (kinds: Iterable<EntityKind>): Ent | undefined => newest(...[...kinds].map((k) => lastByKind.get(k)));
  drafts.forEach((d) => {
    const att = d.att;
    if (d.continues !== null && (att.source.length === 0 || d.sourceText === drafts[d.continues]?.sourceText)) {
      att.entityId = drafts[d.continues]?.att.entityId ?? null;
      const e = att.entityId ? byId.get(att.entityId) : undefined;
      const sp = att.source[0];
      if (e && sp) mention(e, sp);
      return;
    }
    const sp = att.source[0];
    if (!sp) return;
    while (tp < tracker.length && (tracker[tp]?.span[0] ?? Infinity) < sp[0]) {
      const t = tracker[tp];
      if (t && t.person) lastPersonMention = { name: t.name, pos: t.span[0] };
      tp++;
    }
    const [first, second] = splitAppositive(d.sourceText);
    // "Israel's military spokesman, Rear Adm. Daniel Hagari": the person is the name, the role
    // before it the descriptor.
    // So too "A senior Houthi official, Mohammed Ali al-Houthi", whose family name alone
    // would read as the group's: an unnamed someone named in apposition is that person.
    // And "Volodymyr Zelenskiy's chief of staff, Andriy Yermak": a role, however named, before
    // a person's name.
    // And "the military's media wing, Inter-Services Public Relations (ISPR)": a description,
    // then the name of what it describes.
    const role = isSomeone(bareName(first)) || ROLE_TAIL.test(first);
    // (The name must open with a capital: "A survivor, speaking to Reuters by phone" is not
    // named "Reuters by phone".)
    const swap = second !== null && (!isNamed(first) || ROLE_TAIL.test(first)) && /^\p{Lu}/u.test(bareName(second)) && isNamed(second) && !ROLE_TAIL.test(second);
    const [whole, desc] = swap ? [second, first] : [first, second];
    // "One of the officials said": one of a group quoted before is looked up as the group.
    const rawName = whole.replace(PARTITIVE, '');
    const bare = bareName(rawName);
    const low = bare.toLowerCase();
    let target: Ent | undefined;
    if (PERSON_PRONOUNS.has(low)) {
      // An unnamed source is "he" only if it is someone ("a security source", not "reports").
      const unnamed = recentOfKinds(['person', 'anonymous']);
      // The more recent of the last named person and such a someone: "A survivor said … 'They
      // shot anyone,' she said" is the survivor, not an official named paragraphs before.
      target = newest(lastNamedPerson, unnamed && (unnamed.kind === 'person' || isSomeone(unnamed.name)) ? unnamed : undefined);
      // A person named after the last person source (without a cue) is the likelier antecedent.
      // (Not a name already known as a body's.)
      const known = lastPersonMention ? byName.get(nameKey(lastPersonMention.name)) : undefined;
      if (lastPersonMention && (!target || lastPersonMention.pos > target.last) && (!known || known.kind === 'person')) {
        const nm = lastPersonMention.name;
        target = known ?? create(nm, nm, [lastPersonMention.pos, lastPersonMention.pos + nm.length], 'person', true, null);
      }
    } else if (THING_PRONOUNS.has(low)) {
      target = recentOfKinds(NON_PERSON);
    } else if (PLURAL_PRONOUNS.has(low)) {
      target = recentOfKinds(['collective', 'anonymous', ...NON_PERSON]);
    } else if (/^(?:the|this|that)\s/i.test(rawName) && !isNamed(rawName)) {
      // Definite description: same head noun as an earlier entity ("the official", "the group").
      const words = keysOf(bare);
      const head = [...words].pop() ?? '';
      // One must say no more than the other: "the US defence official" may be "a US official"
      // quoted before, but "the foreign ministry" is not the interior ministry.
      const same = byKey.get(head);
      target = same && ([...words].every((w) => same.keys.has(w)) || [...same.keys].every((w) => words.has(w))) ? same : undefined;
      // Else the latest body of a kind the noun can name: "the ministry" is not the news agency
      // quoted before it. Only a bare noun refers back so: "the foreign ministry" after the
      // Kremlin is another body.
      const kinds = DESCRIPTION_KINDS.get(head);
      if (!target && kinds && !/\s/.test(bare)) target = recentOfKinds(kinds);
    } else if (isNamed(rawName)) {
      const name = stripTitles(bare);
      const low2 = name.toLowerCase();
      const toks = low2.split(/\s+/);
      // Same name, a surname of a known name, or a full name of a known single-word name.
      target = byName.get(nameKey(name)) ?? (toks.length === 1 ? byToken.get(low2) ?? byToken.get(low2.replace(/^(?:al|el|ad|as|an|ar|ash|at|az)-/, '')) : (personBy(byToken.get(low2)) ?? newest(...toks.map((t) => byName.get(t)).filter((e) => e?.kind === 'person'))));
    } else if (NON_PERSON.has(kindOf(rawName, false))) {
      target = byDescription.get(bare.toLowerCase());
    }
    if (!target) {
      const named = isNamed(rawName);
      const name = named ? stripTitles(bare) : whole === rawName ? bare : bareName(whole);
      target = create(name, rawName, sp, swap && role ? 'person' : kindOf(rawName, named), named, desc);
    }
    const short = BRACKETED.exec(whole)?.[1];
    if (short && target.named) byName.set(short.toLowerCase(), target);
    if (desc && !target.descriptors.includes(desc)) {
      target.descriptors.push(desc);
      for (const k of keysOf(desc)) target.keys.add(k);
    }
    mention(target, sp);
    att.entityId = target.id;
  });
  return ents
    .filter((e) => e.mentions.length > 0)
    .map((e) => ({ id: e.id, name: e.name, kind: e.kind, named: e.named, mentions: e.mentions.sort((a, b) => a.span[0] - b.span[0]), descriptors: e.descriptors }));
}
