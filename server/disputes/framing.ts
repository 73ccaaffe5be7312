// Contrasting characterisations of the same event or actors: a small lexicon of framing poles
// drawn from general conflict-news vocabulary (not from any one article). A claim that uses
// one pole's words frames the event that way; two sources on opposite poles dispute it.

/** One side of a framing axis. */
export interface Pole {
  id: string;
  /** How the pole reads in a question: "Was the strike a defensive act or an aggression?" */
  question: string;
  /** Fallback label when no phrase can be taken from the claims. */
  label: string;
  patterns: RegExp[];
}

/** Two opposite ways of characterising the same thing. */
export interface FramingAxis {
  id: string;
  /** The signal text: "contrasting characterisation: defensive vs aggression". */
  name: string;
  poles: [Pole, Pole];
  /** 'event' axes characterise the event; 'actor' axes characterise who was involved. */
  about: 'event' | 'actor';
}

/** The framing axes the engine knows; each is general conflict/news vocabulary. */
export const AXES: readonly FramingAxis[] = [
  {
    id: 'legitimacy',
    name: 'defensive vs aggression',
    about: 'event',
    poles: [
      {
        id: 'defensive',
        question: 'a defensive act',
        label: 'Defensive act',
        patterns: [
          /\bdefensive\b/, /\bself[- ]?defen[cs]e\b/, /\bright to (?:defend|respond|protect)\w*/, /\bin (?:self[- ])?defen[cs]e of\b/,
          /\bpre-?emptive\b/, /\blegitimate (?:military )?targets?\b/, /\bproportionate\b/,
          /\bprotect (?:our|its|their) (?:forces|troops|personnel|citizens)\b/,
        ],
      },
      {
        id: 'aggression',
        question: 'an aggression',
        label: 'Aggression',
        patterns: [
          /\baggression\b/, /\bcrimes?\b/, /\bcriminal\b/, /\bheinous\b/, /\batrocit(?:y|ies)\b/, /\bmassacres?\b/,
          /\bviolations?\b/, /\btransgressions?\b/, /\bflagrant\b/, /\bblatant\b/, /\billegal\b/, /\bunlawful\b/,
          /\bbreach(?:es)? of (?:international law|sovereignty|the ceasefire|the truce)\b/, /\bact of war\b/,
          /\bviolat\w+ (?:of )?(?:\w+ )?sovereignty\b/, /\bcowardly\b/, /\bbarbaric\b/, /\bstate terrorism\b/,
        ],
      },
    ],
  },
  {
    id: 'actors',
    name: 'terrorists vs rebels/opposition',
    about: 'actor',
    poles: [
      {
        id: 'terrorists',
        question: 'terrorists',
        label: 'Terrorists',
        patterns: [/\bterrorists?\b/, /\bterror (?:groups?|organi[sz]ations?|cells?)\b/, /\btakfiri\w*\b/, /\bmercenar(?:y|ies)\b/, /\bextremists?\b/],
      },
      {
        id: 'rebels',
        question: 'rebels or opposition fighters',
        label: 'Rebels / opposition',
        patterns: [/\brebels?\b/, /\bopposition (?:fighters|groups?|forces|factions?)\b/, /\barmed opposition\b/, /\binsurgents?\b/, /\brevolutionar(?:y|ies)\b/, /\bfreedom fighters\b/],
      },
    ],
  },
  {
    id: 'victims',
    name: 'combatants vs civilians',
    about: 'actor',
    poles: [
      {
        id: 'combatants',
        question: 'combatants',
        label: 'Combatants',
        patterns: [/\bcombatants?\b/, /\bmilitants?\b/, /\bgunmen\b/, /\bfighters\b/, /\bjihadists?\b/, /\bterrorists? (?:were|was) killed\b/, /\bkilled \w* ?terrorists?\b/],
      },
      {
        id: 'civilians',
        question: 'civilians',
        label: 'Civilians',
        patterns: [/\bcivilians?\b/, /\bchildren\b/, /\bwomen\b/, /\bresidents\b/, /\bexperts\b/, /\bengineers\b/, /\baid workers\b/, /\bjournalists\b/, /\bmedics\b/, /\bfamilies\b/, /\bworshippers\b/],
      },
    ],
  },
];

/** A framing word found in a claim. */
export interface FrameHit {
  axis: string;
  pole: string;
  /** The matched words, for signals and labels. */
  words: string[];
  /** Character offset of the first match, to cut a label around it. */
  at: number;
}

/** Finds which pole of each axis a text leans to; a text using both poles of an axis is left out. */
export function findFrames(text: string): FrameHit[] {
  const lower = text.toLowerCase();
  const out: FrameHit[] = [];
  for (const axis of AXES) {
    const hits = axis.poles.map((pole) => {
      const words: string[] = [];
      let at = -1;
      for (const re of pole.patterns) {
        const m = re.exec(lower);
        if (m) {
          words.push(m[0]);
          if (at < 0 || m.index < at) at = m.index;
        }
      }
      return { pole, words, at };
    });
    const used = hits.filter((h) => h.words.length > 0);
    if (used.length !== 1) continue;
    const h = used[0]!;
    out.push({ axis: axis.id, pole: h.pole.id, words: h.words, at: h.at });
  }
  return out;
}

/** Looks an axis up by id. */
export function axisById(id: string): FramingAxis | undefined {
  return AXES.find((a) => a.id === id);
}
