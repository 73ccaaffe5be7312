// Who a claim holds responsible for an event: "X blamed the attack on Y", "accused Y of",
// "carried out by Y", "we hold Y responsible", "Y was behind", "Y claimed responsibility",
// or an actor named as the subject of the attack ("terrorists attacked the buses").
import { deniesInvolvement } from './negation';
import { STOPWORDS, eventFamily, stem, tokenize } from './text';

/** One attribution of responsibility found in a claim. */
export interface Blame {
  /** The party blamed, as written ("terrorists", "the coalition forces"); for a denial, who denies, when stated. */
  agent: string;
  /** Normalised agent for grouping (stem of its head word), or 'denial' for "denied involvement". */
  agentKey: string;
  /** 'blames' another party, 'claims' responsibility itself, or 'denies' its own involvement. */
  stance: 'blames' | 'claims' | 'denies';
  /** Event family the blame is about, when the claim names one. */
  family?: string;
}

// Stops an agent phrase: prepositions, verbs and clause words.
const AGENT_END = /^(?:hit|struck|fell|landed|exploded|killed|caused|has|had|have|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|earlier|later|last|on|for|of|in|at|on|after|as|which|who|that|was|were|is|are|said|says|saying|to|with|over|during|because|since|amid|while|but|the|a|an|who|and|its|their)$/;
// Agents that describe the attacker without naming a side ("a suicide bomber").
const NON_SIDE = /^(?:bomber|bombers|attacker|attackers|assailant|assailants|gunman|suicide|unknown|unidentified|perpetrators?|someone|whoever|it|they|he|she|this|that|which)$/;
// Actors that can be the subject of an attack verb in blame ("terrorists attacked").
const ACTOR = /^(?:terrorists?|rebels?|militants?|insurgents?|jihadists?|regime|government|army|forces|troops|coalition|militias?|gunmen|extremists?|mercenaries|takfiris?)$/;

// `tail`: the agent ends at the verb ("… that the regime was behind"), so read it backwards.
const PATTERNS: { re: RegExp; stance: Blame['stance']; tail?: boolean }[] = [
  { re: /\bblam(?:ed|es|ing|e)\b(?<what>(?: [\w'-]+){0,6}?) on (?<agent>[\w'. -]{2,60})/, stance: 'blames' },
  { re: /\bblam(?:ed|es|ing|e) (?<agent>[\w'. -]{2,60}?) for\b/, stance: 'blames' },
  { re: /\baccus(?:ed|es|ing|e) (?<agent>[\w'. -]{2,60}?) of\b(?<of>(?: [\w'-]+){1,8})/, stance: 'blames' },
  { re: /\b(?:carried out|perpetrated|committed|orchestrated|masterminded) by (?<agent>[\w'. -]{2,60})/, stance: 'blames' },
  { re: /\b(?:rockets?|missiles?|shells?|mortars?|drones?|projectiles?)(?: [\w'-]{1,40}){0,2} (?:launched|fired) by (?<agent>[\w'. -]{2,60})/, stance: 'blames' },
  { re: /\bhold(?:s|ing)? (?<agent>[\w'. -]{2,60}?) (?:fully |directly |solely |entirely )?responsib/, stance: 'blames' },
  { re: /(?<agent>[\w'-]{1,40}(?: [\w'-]{1,40}){0,3}) (?:was|were|is|are) (?:behind|(?:fully |directly |solely )?responsible for)\b/, stance: 'blames', tail: true },
];

// Lower-case words that may sit in a party's name ("Russian war jets", "opposition fighters").
const ACTOR_WORD = /^(?:jets?|warplanes?|aircraft|planes?|helicopters?|drones?|forces?|troops|regime|government|army|military|rebels?|fighters?|militants?|terrorists?|groups?|militias?|opposition|coalition|allies|allied|war|air|armed|security|pro-government|government-backed|jihadists?|insurgents?|gunmen|navy|police|state|islamic|russian|syrian|american|turkish|iranian|kurdish)$/;

// The last noun phrase of `raw`, read backwards over capitalised and party words
// ("indications show that Syrias government" → "Syrias government").
function tailPhrase(raw: string): string {
  const words = raw.trim().split(/\s+/).filter(Boolean);
  let start = words.length;
  while (start > 0 && words.length - start < 5) {
    const w = words[start - 1]!;
    const named = /^[A-Z]/.test(w) && !(STOPWORDS.has(w.toLowerCase()) && !/^[A-Z]{2,}$/.test(w));
    if (!named && !ACTOR_WORD.test(w.toLowerCase())) break;
    start--;
  }
  return words.slice(start).join(' ');
}

function agentPhrase(raw: string): string {
  const words: string[] = [];
  for (const token of raw.trim().split(/\s+/)) {
    const w = token.replace(/^[^\w]+|(?<!\b[A-Z])[^\w]+$/g, '');
    const lw = w.toLowerCase();
    if (!w) break;
    // "accused by rights groups of …", "holding into account those …": not a party's name.
    if (words.length === 0 && /^(?:by|into|to|in|on|at|for|with|from|of|as)$/.test(lw)) return '';
    if (words.length === 0 && /\d/.test(w)) continue; // a dateline left in the content
    const name = /^[A-Z]{2,}$/.test(w); // "US", "UN": names, not the stop words "us", "un"
    if (words.length > 0 && !name && (AGENT_END.test(lw) || (STOPWORDS.has(lw) && !/^(?:or|and)$/.test(lw)))) break;
    // "warplanes taking off", "forces loyal to", "coalition led by": the name has ended.
    if (words.length > 0 && w === lw && (/(?:ing|ed)$/.test(lw) && lw !== 'allied' || /^(?:loyal|around|near|east|west|north|south|inside|outside)$/.test(lw))) break;
    if (words.length === 0 && /^(?:the|a|an)$/.test(lw)) continue;
    // "its forces", "their allies": an owner we cannot resolve here.
    if (words.length === 0 && /^(?:its|their|his|her|our|my|your|those|these|this|that)$/.test(lw)) return '';
    words.push(w);
    if (words.length >= 6) break;
  }
  while (words.length && /^(?:or|and)$/i.test(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

// Generic heads ("coalition forces", "terrorist groups") group by their modifier.
const GENERIC_HEAD = /^(?:forces|force|groups?|members?|elements?|factions?|organi[sz]ations?|units?)$/;

// Words that name a state's own side; in one case they almost always mean the same government.
const GOVERNMENT = /\b(?:regime|government|govt|president|army|administration)\b/i;
const NOT_GOVERNMENT = /\b(?:anti-government|opposition|rebels?|militants?|terrorists?|coalition|us|u\.s|american|russian|russia|turkish|turkey|israeli|israel|iranian|iran)\b/i;

function agentKey(agent: string): string | undefined {
  // "the regime", "the Syrian government" and "President X's forces" are one party.
  if (GOVERNMENT.test(agent) && !NOT_GOVERNMENT.test(agent)) return 'government';
  // "rebels" and "opposition fighters" too; "terrorists" stays apart, as that label is the dispute.
  if (/\b(?:rebels?|opposition|insurgents?)\b/i.test(agent) && !/terror/i.test(agent)) return 'opposition';
  const words = agent.toLowerCase().split(/\s+/).filter((w) => w && !STOPWORDS.has(w));
  const head = words[words.length - 1];
  if (!head || NON_SIDE.test(head)) return undefined;
  // "forces" alone names no side.
  if (words.length === 1 && GENERIC_HEAD.test(head)) return undefined;
  const kept = words.length > 1 && GENERIC_HEAD.test(head) ? words.slice(0, -1) : words;
  return kept
    .map((w) => stem(w.replace(/(?<!s)s$/, '')))
    .sort()
    .join(' ');
}

// What one may be accused of, besides the event words themselves.
const VIOLENCE = /\b(?:kill\w*|crimes?|massacres?|shell\w*|bomb\w*|attack\w*|target\w*|murder\w*|atrocit\w*|chemical|gas|strikes?|raids?|violat\w*)\b/i;

// Cheap pre-check: most claims blame nobody, and the patterns below are costly to run.
const TRIGGER = /blam|launched by|fired by|accus|carried out|perpetrat|committed|orchestrat|mastermind|responsib|behind|attacked|bombed|shelled|targeted|struck|ambushed|detonated|den(?:y|ie)|reject|disavow|nothing to do|not involved/i;

/** Finds who a text holds responsible for an event, if anyone. */
export function extractBlame(text: string, sourceName: string, cue = ''): Blame[] {
  if (!TRIGGER.test(text) && !TRIGGER.test(cue)) return [];
  // Blame verbs are often the cue itself ("The government blamed" + "the attack on terrorists").
  text = (/^(?:blam|accus|held|hold)/i.test(cue.trim()) ? `${cue.trim()} ${text}` : text).replace(/["“”]/g, '');
  const lower = text.toLowerCase();
  const events = tokenize(text).map((t) => eventFamily(t.lower)).filter((f): f is string => !!f);
  const family = events[0];
  const out: Blame[] = [];
  if (deniesInvolvement(text, cue)) {
    // "The Syrian government has strongly denied responsibility": the denier is the subject.
    const subj = /^(?:the )?([\w'. -]{2,60}?) (?:has |have |had )?(?:\w+ly )?(?:den(?:ied|ies|y)|reject(?:ed|s)|disavow\w*)\b/i.exec(text.replace(/["“”]/g, '').trim());
    const denier = subj && /[A-Z]/.test(subj[1]!) && subj[1]!.split(' ').length <= 6 ? subj[1]! : '';
    out.push({ agent: denier, agentKey: 'denial', stance: 'denies', ...(family ? { family } : {}) });
    return out;
  }
  const claim = /(?:^|\b)((?:[\w'-]{1,40} ){0,3}?)(?:has |have |had )?claim(?:ed|s|ing)? (?:the )?responsibility\b/i.exec(text);
  if (claim && !/\b(?:no|not|nobody|none)\b[^.]{0,30}\bclaim|\bno (?:immediate )?claim/i.test(text)) {
    // "IS group claims responsibility": the claimant is the subject when one is named.
    const subject = tailPhrase(claim[1] ?? '');
    const who = /[A-Z]/.test(subject) ? subject : sourceName;
    out.push({ agent: who, agentKey: `self:${who.toLowerCase()}`, stance: 'claims', ...(family ? { family } : {}) });
  }
  for (const { re, stance, tail } of PATTERNS) {
    const m = re.exec(text) ?? re.exec(lower);
    const raw = m?.groups?.agent;
    if (!m || !raw) continue;
    // "blamed the delay on …": the blamed thing must be an event (or unstated).
    const what = m.groups?.what?.trim().toLowerCase() ?? '';
    const whatFamily = what.split(/\s+/).map((w) => eventFamily(w)).find((f) => !!f);
    if (what && !whatFamily && !/^(?:it|this|that|them)$/.test(what)) continue;
    // "accused X of not being professional" is criticism, not blame for violence.
    if (m.groups?.of !== undefined && !VIOLENCE.test(m.groups.of) && !m.groups.of.split(/\s+/).some((w) => eventFamily(w.toLowerCase()))) continue;
    const agent = tail ? tailPhrase(raw) : agentPhrase(raw);
    const key = agentKey(agent);
    if (!key) continue;
    const fam = whatFamily ?? family;
    out.push({ agent, agentKey: key, stance, ...(fam ? { family: fam } : {}) });
  }
  // "terrorists attacked their buses": the subject of an attack verb is the party blamed.
  const subj = /\b(?<agent>(?:[\w-]{1,40} ){0,3}[\w-]{1,40}) (?:attacked|bombed|shelled|targeted|struck|ambushed|detonated)\b/.exec(text);
  const subjHead = subj?.groups?.agent?.split(' ').pop()?.toLowerCase() ?? '';
  if (subj && ACTOR.test(subjHead) && !out.some((b) => b.stance === 'blames')) {
    const agent = tailPhrase(subj.groups!.agent!);
    const key = agentKey(agent);
    if (key) out.push({ agent, agentKey: key, stance: 'blames', ...(family ? { family } : {}) });
  }
  return out;
}
