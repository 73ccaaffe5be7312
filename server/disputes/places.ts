// Place names a claim locates its event in ("in Deir Ezzor city", "the town of Ahsem",
// "outside Aleppo"). Round-up articles report several incidents a day; counts from claims
// naming different places are different incidents and must not be lined up.
import { STOPWORDS, eventFamily } from './text';

// A locative word, an optional "the town of", then capitalised words ("al-Foua", "Bab al-Maqam").
const PLACE = /\b(?:(?:in|near|outside|around|at|from|into|on|to)\s+(?:the\s+)?(?:(?:towns?|city|cities|villages?|districts?|neighbou?rhoods?|provinces?|region|area|suburbs?|camp|countryside|outskirts)\s+of\s+)?|(?:towns?|city|cities|villages?|districts?|neighbou?rhoods?|provinces?|suburbs?)\s+of\s+)((?:(?:al|el|ad|ar|as|an|ash|ibn|bin|abu|bab|deir|ras|tal|tel|jisr|khan)[- ])?[A-Z][\w'-]*(?:\s+(?:(?:al|el|ad|ar|as|an|ash|ibn|bin|abu)[- ])?[A-Z][\w'-]*){0,2})/g;

// Capitalised words after "in" that are not places: days, months, countries' peoples, titles.
const NOT_PLACE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the|a|an|this|that|his|her|their|its|it|he|she|they|we|i|syrian|russian|american|turkish|iranian|iraqi|israeli|kurdish|arab|muslim|shiite|sunni|state|islamic|president|minister|general|un|us|u|eu|nato|afp|reuters|ap|sana|sputnik|tass|observatory|council|ministry|army|government|coalition|human|rights|international|english|easter|ramadan|eid|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|air|force|forces|base|bases|airbase|airport|airfield|village|town|city|monitor|one|two|three|four|five|six|seven|eight|nine|ten|assad|al|daesh|isis|isil|is)$/i;
// Countries are too broad to tell two incidents apart ("in Syria" fits both).
const COUNTRY = /^(?:syrias?|iraqs?|irans?|israels?|gazas?|lebanons?|jordans?|turkeys?|russias?|ukraines?|yemens?|libyas?|egypts?|afghanistans?|pakistans?|sudans?|somalias?|malis?|nigerias?|ethiopias?|palestines?|saudi|arabia|qatars?|america|britain|france|germany|chinas?|indias?|myanmars?|kurdistan|europe|africa|asia|middle|east|west|north|south)$/i;

/** Place names as written that a text locates something in; empty when it names none. */
export function extractPlaces(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(PLACE)) {
    const raw = m[1] ?? '';
    // In a Title Case headline every word is capitalised ("Toll in Blast Targeting Evacuees").
    const before = text.slice(0, m.index ?? 0).trim().split(/\s+/).slice(-3);
    if (before.length >= 2 && before.every((w) => /^(?:[A-Z][a-z]|\d)/.test(w))) continue;
    // An event word is never part of a place name ("in Terrorist Rocket Attacks").
    if (raw.split(/\s+/).some((w) => eventFamily(w.toLowerCase()))) continue;
    const words = raw
      .split(/\s+/)
      .filter((w) => w && !NOT_PLACE.test(w) && !COUNTRY.test(w) && !STOPWORDS.has(w.toLowerCase()) && !/-(?:based|held|led|backed|controlled|run)$/i.test(w));
    if (!words.length || words.every((w) => /^(?:northern|southern|eastern|western|central|old|new|greater|upper|lower|rural)$/i.test(w))) continue;
    // "Strike on Syria Kills Five Injures Seven": the capitals run on, so it is a headline.
    const after = text.slice((m.index ?? 0) + m[0].length).trim().split(/\s+/)[0] ?? '';
    if (raw.split(/\s+/).length >= 2 && /^[A-Z][a-z]/.test(after)) continue;
    out.add(words.join(' '));
  }
  return [...out];
}

// Transliterated names vary ("Hasakeh", "Hasaka", "Hassakeh"; "Kefraya", "Kafraya"): compare
// consonant skeletons, keeping the word itself when its skeleton is too short to be telling.
function skeleton(word: string): string {
  const k = word.replace(/(?<=.)[aeiouy]+/g, '').replace(/h$/, '').replace(/(.)\1+/g, '$1');
  return k.length >= 3 ? k : word;
}

/** Keys that match spellings of one place: no "al-", no trailing s ("Aleppos"), consonant skeleton. */
export function placeKeys(place: string): string[] {
  return place
    .toLowerCase()
    .split(/\s+/)
    .map((w) => skeleton(w.replace(/^(?:al|el|ad|ar|as|an|ash)-/, '').replace(/(?<=[a-z]{3})s$/, '')))
    .filter((w) => w.length > 1);
}

/**
 * Groups the places of a case into areas: places named together in any one claim ("the towns
 * of Fua and Kefraya to Aleppo") are one area. Returns each place key's area number.
 */
export function placeAreas(placesPerClaim: readonly string[][]): Map<string, number> {
  const ids = new Map<string, number>();
  const parent: number[] = [];
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const places of placesPerClaim) {
    let first: number | undefined;
    for (const key of places.flatMap(placeKeys)) {
      let id = ids.get(key);
      if (id === undefined) {
        id = parent.length;
        parent.push(id);
        ids.set(key, id);
      }
      if (first === undefined) first = id;
      else parent[find(id)] = find(first);
    }
  }
  return new Map([...ids].map(([k, id]) => [k, find(id)]));
}
