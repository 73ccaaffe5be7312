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
const AGENT_END = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|earlier|later|last|on|for|of|in|at|on|after|as|which|who|that|was|were|is|are|said|says|saying|to|with|over|during|because|since|amid|while|but|the|a|an|who|and|its|their)$/;
// Agents that describe the attacker without naming a side ("a suicide bomber").
const NON_SIDE = /^(?:bomber|bombers|attacker|attackers|assailant|assailants|gunman|suicide|unknown|unidentified|perpetrators?|someone|whoever|it|they|he|she|this|that|which)$/;
// Actors that can be the subject of an attack verb in blame ("terrorists attacked").
const ACTOR = /^(?:terrorists?|rebels?|militants?|insurgents?|jihadists?|regime|government|army|forces|troops|coalition|militias?|gunmen|extremists?|mercenaries|takfiris?)$/;

// `tail`: the agent ends at the verb ("… that the regime was behind"), so read it backwards.
const PATTERNS: { re: RegExp; stance: Blame['stance']; tail?: boolean }[] = [
  { re: /\bblam(?:ed|es|ing|e)\b(?<what>(?: [\w'-]+){0,6}?) on (?<agent>[\w' -]{2,60})/, stance: 'blames' },
  { re: /\bblam(?:ed|es|ing|e) (?<agent>[\w' -]{2,60}?) for\b/, stance: 'blames' },
  { re: /\baccus(?:ed|es|ing|e) (?<agent>[\w' -]{2,60}?) of\b(?<of>(?: [\w'-]+){1,8})/, stance: 'blames' },
  { re: /\b(?:carried out|perpetrated|committed|orchestrated|masterminded) by (?<agent>[\w' -]{2,60})/, stance: 'blames' },
  { re: /\bhold(?:s|ing)? (?<agent>[\w' -]{2,60}?) (?:fully |directly |solely |entirely )?responsib/, stance: 'blames' },
  { re: /(?<agent>[\w'-]+(?: [\w'-]+){0,3}) (?:was|were|is|are) (?:behind|(?:fully |directly |solely )?responsible for)\b/, stance: 'blames', tail: true },
];

// The last noun phrase of `raw`: words after the last stop word ("show that Syrias government" → "Syrias government").
function tailPhrase(raw: string): string {
  const words = raw.trim().split(/\s+/);
  let start = words.length;
  // "IS", "US", "UN" are names here, not the stop words "is" and "us".
  const isStop = (w: string) => !/^[A-Z]{2,}$/.test(w) && (STOPWORDS.has(w.toLowerCase()) || AGENT_END.test(w.toLowerCase()));
  while (start > 0 && !isStop(words[start - 1]!)) start--;
  return words.slice(start).join(' ');
}

function agentPhrase(raw: string): string {
  const words: string[] = [];
  for (const w of raw.trim().split(/\s+/)) {
    const lw = w.toLowerCase();
    if (words.length > 0 && AGENT_END.test(lw)) break;
    if (words.length === 0 && /^(?:the|a|an)$/.test(lw)) continue;
    words.push(w);
    if (words.length >= 5) break;
  }
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
  const kept = words.length > 1 && GENERIC_HEAD.test(head) ? words.slice(0, -1) : words;
  return kept
    .map((w) => stem(w.replace(/(?<!s)s$/, '')))
    .sort()
    .join(' ');
}

// What one may be accused of, besides the event words themselves.
const VIOLENCE = /\b(?:kill\w*|crimes?|massacres?|shell\w*|bomb\w*|attack\w*|target\w*|murder\w*|atrocit\w*|chemical|gas|strikes?|raids?|violat\w*)\b/i;

// Cheap pre-check: most claims blame nobody, and the patterns below are costly to run.
const TRIGGER = /blam|accus|carried out|perpetrat|committed|orchestrat|mastermind|responsib|behind|attacked|bombed|shelled|targeted|struck|ambushed|detonated|den(?:y|ie)|reject|disavow|nothing to do|not involved/i;

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
    const subj = /^(?:the )?([\w' -]{2,60}?) (?:has |have |had )?(?:\w+ly )?(?:den(?:ied|ies|y)|reject(?:ed|s)|disavow\w*)\b/i.exec(text.replace(/["“”]/g, '').trim());
    const denier = subj && /[A-Z]/.test(subj[1]!) && subj[1]!.split(' ').length <= 6 ? subj[1]! : '';
    out.push({ agent: denier, agentKey: 'denial', stance: 'denies', ...(family ? { family } : {}) });
    return out;
  }
  const claim = /(?:^|\b)((?:[\w'-]+ ){0,3}?)(?:has |have |had )?claim(?:ed|s|ing)? (?:the )?responsibility\b/i.exec(text);
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
  const subj = /\b(?<agent>[\w-]+) (?:attacked|bombed|shelled|targeted|struck|ambushed|detonated)\b/.exec(lower);
  const subjHead = subj?.groups?.agent?.split(' ').pop() ?? '';
  if (subj && ACTOR.test(subjHead) && !out.some((b) => b.stance === 'blames')) {
    const agent = agentPhrase(subj.groups!.agent!);
    const key = agentKey(agent);
    if (key) out.push({ agent, agentKey: key, stance: 'blames', ...(family ? { family } : {}) });
  }
  return out;
}
