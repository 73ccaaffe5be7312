// What an attack hit, as each source tells it: "the strike targeted a group of drone
// experts", "an air strike on combatants", "strikes hit two patrols". Targets are sorted
// into broad classes so that "combatants" vs "experts" reads as a dispute while "the
// buses" vs "the convoy" does not.
import { eventFamily, tokenize } from './text';

export type TargetClass = 'armed' | 'security' | 'civilian';

/** One stated target of an event. */
export interface Target {
  /** The event family of the attack ('strike', 'attack', 'bombing'). */
  family: string;
  /** The event word used ("strike", "raid"). */
  event: string;
  cls: TargetClass;
  /** The target phrase as written, for labels ("combatants attempting to launch…"). */
  phrase: string;
}

const CLASS_WORDS: Record<TargetClass, RegExp> = {
  armed: /^(?:combatants?|militants?|fighters?|terrorists?|insurgents?|jihadists?|gunmen|rebels?|positions?|hideouts?|depots?|weapons|launchers?|arms|ammunition|headquarters|strongholds?|militia|militias|commanders?|operatives?|cells?)$/,
  security: /^(?:patrols?|troops|soldiers?|forces|army|police|policemen|base|bases|airbase|airport|airfield|checkpoints?|barracks|outposts?|garrison|servicemen)$/,
  civilian: /^(?:civilians?|residents?|people|children|women|families|experts?|engineers?|workers?|doctors?|medics?|journalists?|volunteers?|evacuees?|refugees?|hospitals?|clinics?|schools?|markets?|mosques?|churches?|homes?|houses?|neighbou?rhoods?|villages?|buses|bus|bakery|bakeries|shelters?|farmers?|shepherds?|wedding|funeral|worshippers?|students?)$/,
};
// Nouns whose side depends on a modifier ("military convoy" vs "aid convoy").
const NEUTRAL = /^(?:convoys?|vehicles?|cars?|trucks?|buildings?|facilit(?:y|ies)|sites?)$/;
// Adjectives that settle the class of whatever noun follows ("residential building").
const CIVILIAN_MODIFIER = /^(?:residential|civilian|humanitarian|medical|aid|relief|school|hospital|refugee|displacement)$/;
// Military adjectives turn a civilian-looking noun armed: "military convoy", "army base".
const ARMED_MODIFIER = /^(?:military|army|militia|armed|rebel|terrorist|jihadist|insurgent)$/;

// Verb or preposition that introduces what was hit.
const TARGET_CUE = /^(?:target|targeted|targeting|targets|struck|strikes|hit|hitting|hits|bombed|shelled|on|against|killed)$/;
// Words that end a target phrase.
const PHRASE_END = /^(?:in|near|around|at|from|with|to|which|who|that|as|while|and|but|after|before|during|killing|wounding|leaving|causing|on|said|by|is|was|were|are|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/;

// Nouns that merely end in -ing ("a residential building"), unlike the participles that end a phrase.
const ING_NOUN = /^(?:buildings?|housing|weddings?|gatherings?|meetings?|crossings?|dwellings?|parking|clothing|morning|evening|offerings?|bombing)$/;

// Words that end a target label.
const LABEL_END = /^(?:in|near|around|at|from|on|with|last|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|which|who|that|while|but|after|before|during|said|by|and|as|killing|wounding|has|have|had|was|were|is|are|will|would|rose|risen|reached|rises|hits|kills|killed)$/;

function classify(words: string[]): TargetClass | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (i + 1 < words.length && CIVILIAN_MODIFIER.test(w)) return 'civilian';
    if (i + 1 < words.length && /^(?:military|army)$/.test(w)) return 'security';
    if (NEUTRAL.test(w) && i > 0 && ARMED_MODIFIER.test(words[i - 1]!)) return 'security';
    for (const cls of ['armed', 'security', 'civilian'] as const) {
      if (!CLASS_WORDS[cls].test(w)) continue;
      // "military positions" or "army base": the modifier decides.
      if (i > 0 && ARMED_MODIFIER.test(words[i - 1]!)) return /^(?:military|army)$/.test(words[i - 1]!) ? 'security' : 'armed';
      return cls;
    }
  }
  return undefined;
}

/** Finds the targets of events stated in a text; an event word must precede the cue closely. */
export function extractTargets(text: string): Target[] {
  const tokens = tokenize(text);
  const out: Target[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const cue = tokens[i]!.lower;
    if (!TARGET_CUE.test(cue)) continue;
    // Find the event this cue belongs to: "air strike on", "the strike targeted", "strikes … hit".
    let event: string | undefined;
    for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
      if (eventFamily(tokens[j]!.lower)) { event = tokens[j]!.lower; break; }
    }
    // "its forces struck military targets": an attack verb names the event by itself.
    if (!event && /^(?:targeted|struck|bombed|shelled)$/.test(cue)) event = cue === 'shelled' ? 'shelling' : cue === 'bombed' ? 'bombing' : 'strike';
    if (!event) continue;
    // "dozens of strikes against …", "repeated attacks on …": other, earlier events.
    const at = tokens.findIndex((t, k) => k < i && t.lower === event && k >= i - 6);
    if (tokens.slice(Math.max(0, at - 3), Math.max(0, at)).some((t) => /^(?:dozens|hundreds|scores|several|many|numerous|series|wave|waves|multiple|repeated|recent|previous|earlier|past|other)$/.test(t.lower))) continue;
    // "blamed the attack on terrorists" names a culprit, not a target.
    if (tokens.slice(Math.max(0, i - 8), i).some((t) => /^blam/.test(t.lower))) continue;
    if ((cue === 'on' || cue === 'against') && !eventFamily(tokens[i - 1]?.lower ?? '')) continue;
    if (cue === 'killed' || cue === 'strikes') continue; // counts and plural events, not targets
    const words: string[] = [];
    let end = i + 1;
    if (i + 1 >= tokens.length) continue;
    for (let j = i + 1; j < tokens.length && words.length < 6; j++) {
      const w = tokens[j]!.lower;
      if (PHRASE_END.test(w) || (/ing$/.test(w) && !ING_NOUN.test(w) && words.length > 0)) break;
      words.push(w);
      end = j + 1;
    }
    const cls = classify(words);
    if (!cls) continue;
    // The label may run on past the class word ("combatants attempting to launch drones").
    let last = end;
    while (last < tokens.length && last < i + 10 && !LABEL_END.test(tokens[last]!.lower)) last++;
    const startChar = tokens[i + 1]?.start ?? 0;
    const endTok = tokens[last - 1];
    const phraseEnd = endTok ? endTok.start + endTok.text.length : text.length;
    out.push({ family: eventFamily(event)!, event, cls, phrase: text.slice(startChar, phraseEnd) });
  }
  return out;
}
