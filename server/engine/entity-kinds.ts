// Entity kind and canonical name from a source mention's words. Keyword lists, because the
// sources that matter in news (officials, ministries, militias, agencies) announce their kind
// in their own names or heads.
import type { EntityKind } from './types';
import { isCommonWord } from './pos';

const TITLES = new Set(['general', 'gen.', 'gen', 'maj.', 'maj', 'major', 'rear', 'brig.', 'brig', 'brigadier', 'col.', 'colonel', 'lt.', 'lieutenant', 'capt.', 'captain', 'sgt.', 'sergeant', 'adm.', 'admiral', 'president', 'vice', 'prime', 'minister', 'secretary', 'sen.', 'senator', 'rep.', 'representative', 'gov.', 'governor', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'professor', 'judge', 'justice', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chief', 'ambassador', 'mayor', 'king', 'queen', 'prince', 'sheikh', 'commander', 'former', 'candidate', 'nominee', 'frontrunner', 'front-runner', 'leader', 'speaker', 'director', 'pope', 'rev.', 'reverend', 'attorney', 'deputy', 'foreign', 'defence', 'defense', 'state', 'presidential', 'democratic', 'republican', 'gop', 'pentagon', 'white', 'house', 'press', 'senior', 'top', 'aide', 'adviser', 'advisor', 'of', 'the', 'and', 'campaign', 'manager', 'ceo', 'founder']);
const MEDIA = /\b(?:afp|reuters|ap|associated press|cnn|bbc|fox news|msnbc|nbc|abc|cbs|npr|al jazeera|sana|times|post|journal|newspaper|magazine|news agency|press agency|news|tv|television|channel|radio|outlet|reporter|correspondent|editorial|media|tass|xinhua|ria|anadolu|breitbart|politico|huffpost|tribune|gazette|herald|daily)\b/i;
const MILITARY = /\b(?:military|army|armed forces|forces|troops|navy|air force|command|centcom|marines|coalition|pentagon spokesman|battalion|brigade|regiment|commander|soldiers?|general staff)\b/i;
const ARMED = /\b(?:groups?|militia|militias|rebels?|insurgents?|fighters|hezbollah|hamas|isis|isil|daesh|islamic state|al-qaeda|al qaeda|taliban|nusra|kataeb|kataib|hashed|hashd|resistance|jihadists?|faction|brigades|jaish|ahrar|free syrian army|fsa|ypg|sdf|houthis?|opposition|shabaab|shabab|boko haram|iswap|jnim|m23|janjaweed|wagner|pkk|hts|hayat tahrir al-sham|lashkar|ttp|tehreek|rsf|rapid support forces)\b/i;
const GOVERNMENT = /\b(?:government|ministry|minister|ministers|department|white house|kremlin|state department|pentagon|administration|cabinet|parliament|congress|senate|president|presidency|embassy|authorities|council|office|prime minister|regime|damascus|baghdad|washington|moscow|tehran|ankara|beijing|kyiv|kiev|jerusalem|riyadh|cairo|beirut|london|paris|berlin|doha|amman|abu dhabi|sanaa|kabul|islamabad|new delhi|tokyo|seoul|pyongyang|ukraine|lebanon|saudi arabia|qatar|egypt|jordan|yemen|afghanistan|pakistan|india|japan|germany|the uk|britain|the united states|united states|iraq|syria|russia|iran|turkey|israel|china|france|britain|un|united nations|nato|state|us)\b|\bu\.[ns]\./i;
/** One word for a person who can be a source: "official", "residents", "survivor" (for
 * "he"/"she" resolution and coordinated sources). */
export const PERSON_HEAD = /^(?:officials?|officers?|sources?|spokes(?:man|woman|person)|aides?|diplomats?|witness(?:es)?|residents?|activists?|analysts?|experts?|members?|person|someone|insiders?|commanders?|fighters?|doctors?|medics?|soldiers?|police(?:man|woman)?|lawyers?|relatives?|survivors?|villagers?|rescuers?|monitors?|mothers?|fathers?|man|woman|employees?|workers?|journalists?|reporters?|correspondents?)$/i;

// Groups that monitor, campaign or give aid, not armed ones: "a monitoring group", "the rights
// group Amnesty International".
const CIVIL_GROUP = /\b(?:monitoring|monitor|rights|aid|relief|humanitarian|advocacy|watchdog|medical|charity|lobby|lobbying|pressure|civil society|campaign|campaigning|environmental|research|industry|trade|business|consumer|student|volunteer|rescue|media|press freedom)\s+(?:groups?|organi[sz]ations?|coalition|network)\b|\b(?:groups?|organi[sz]ations?)\s+(?:that|which)\s+(?:monitors?|tracks?|documents?|records?|campaigns?|advocates?|represents?|defends?|provides?|helps?)\b/i;
// Named armies that are not a state's: "the Army of Conquest", "the Mahdi Army".
const NON_STATE_ARMY = /\b(?:army of (?:conquest|islam|the mujahideen|the sunna|the righteous|glory)|(?:liberation|resistance|mahdi|islamic|republican|revolutionary|rebel|national liberation|free) army)\b/i;
const ANONYMOUS_HEAD = /\b(?:officials?|sources?|bloggers?|commentators?|pundits?|spokes(?:man|woman|person)|aides?|diplomats?|witness(?:es)?|residents?|activists?|someone|person|people|member|members|analysts?|experts?|observers?|critics?|supporters?|insiders?|officers?)\b/i;
const COLLECTIVE = /\b(?:people|residents|voters|americans|critics|analysts|experts|observers|activists|supporters|protesters|citizens|locals|many|others|some|polls?|survey|democrats|republicans|lawmakers|members|powers|countries|nations|allies|governments)\b/i;
const ORG = /\b(?:observatory|monitor|party|committee|campaign|foundation|institute|university|company|corporation|inc\.?|corp\.?|association|union|organi[sz]ation|center|centre|alliance|commission|bank|fund|court|board|network|movement|league|society|watch|amnesty|red cross|red crescent|who|unicef|unhcr|charity|charities|ngo|nonprofit|non-profit|agency|doctors without borders|médecins sans frontières|msf)\b/i;

const ROLE_NOUNS = ['commander', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'chief', 'official', 'minister', 'general', 'gen\\.', 'colonel', 'col\\.', 'major', 'maj\\.', 'captain', 'capt\\.', 'director', 'head', 'envoy', 'ambassador', 'mayor', 'governor', 'president', 'chairman', 'chairwoman', 'secretary', 'emir', 'sheikh', 'cleric', 'imam', 'founder', 'adviser', 'advisor', 'aide', 'negotiator', 'representative', 'prosecutor', 'commissioner', 'coordinator', 'lawmaker', 'lawyer', 'researcher', 'doctor', 'medic', 'activist', 'analyst'];
// A role noun, then a capitalised name to the end: "Rebel commander Abu Omar". Role nouns match
// capitalised too, and an "of" phrase may sit between role and name when at least two
// capitalised words follow it ("Secretary of State John Kerry").
const PERSON_AFTER_ROLE = new RegExp(`\\b(?:${ROLE_NOUNS.map((r) => `[${r.charAt(0).toUpperCase()}${r.charAt(0)}]${r.slice(1)}`).join('|')})\\s+(?:of\\s+(?=\\p{Lu}\\S*\\s+\\p{Lu}))?((?:\\p{Lu}[\\p{L}'’.-]*\\s+(?:(?:de|da|del|di|du|van|von|der|den|bin|ibn|la|le)\\s+)?)*(?:(?:al|el|ad|as|an|ar|ash|at|az)-)?\\p{Lu}[\\p{Ll}'’-]+)$`, 'u');
// "General Staff", "Chief Prosecutor's Office": institutions, not names after a role.
const INSTITUTION_WORDS = /\b(?:staff|command|ministry|office|council|committee|forces|army|agency|department|service|guard|corps|court|house|assembly|party|front|brigades?|authority|directorate|secretariat|administration)\b/i;

/** The person's name when the mention is a role noun followed by one ("Rebel commander Abu Omar"). */
function personAfterRole(m: string): string | undefined {
  const name = PERSON_AFTER_ROLE.exec(m)?.[1];
  return name && !INSTITUTION_WORDS.test(name) ? name : undefined;
}

// "shipping firm Maersk", "defence contractor Lockheed Martin": a company's descriptor, then its name.
const COMPANY_NAMED = /\b(?:firm|company|carrier|operator|airline|manufacturer|maker|contractor|insurer|giant|conglomerate|lender|producer|supplier|developer|retailer|group)\s+((?:\p{Lu}[\p{L}'’.&-]*\s*)+)$/u;
// "Russian state news agency RIA": an outlet's descriptor then its name.
const OUTLET_NAMED = /\b(?:news agency|agency|newspaper|television|tv|channel|radio|broadcaster|daily|network|outlet)\s+((?:\p{Lu}[\p{L}'’.&-]*\s*)+)(?:\(\p{Lu}+\)?)?$/u;

/** Strip determiners and possessive endings from a mention. */
export function bareName(mention: string): string {
  return mention
    .replace(/\s*\(\p{Lu}[\p{Lu}\p{N}.-]*\)$/u, '')
    .replace(/^(?:the|a|an|this|that|these|those|its|their|his|her)\s+/i, '')
    .replace(/['’]s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// Capitalised words that do not by themselves make a mention a name.
const NOT_NAMING = new Set([...TITLES].filter((w) => !['pentagon', 'white', 'house', 'state', 'democratic', 'republican', 'gop', 'foreign', 'defence', 'defense', 'press', 'campaign'].includes(w)));

// "One of the officials", "two of the wounded": a part of a group names no one.
export const PARTITIVE = /^(?:one|two|three|four|five|some|many|several|most|all|both|each|none|neither|either|another|a few|few)\s+of\s+(?=(?:the|these|those|its|their|his|her)\s)/i;

/** Head word of a descriptive NP: the word before its first preposition ("official from X"). */
function headOf(m: string): string {
  const words = m.replace(PARTITIVE, '').split(/\s+/);
  // "a Ministry of Defence spokesperson": a source noun at the end is the head, whatever
  // prepositions the name before it has.
  const last = words[words.length - 1] ?? '';
  if (words.length > 1 && /^\p{Ll}/u.test(last) && ANONYMOUS_HEAD.test(last)) return last;
  // "group that monitors the war": a relative clause follows its head too.
  // So does an adjective with its own complement: "sources familiar with the matter".
  const p = words.findIndex((w, i) => i > 0 && /^(?:of|from|for|at|with|in|on|that|which|who|familiar|close|briefed|involved|linked|loyal|allied|affiliated|opposed|knowledgeable|aware|privy)$/i.test(w));
  return (p > 0 ? words[p - 1] : words[words.length - 1]) ?? '';
}

/** Does the mention name someone (has a capitalised word that is not a title/common word)? */
export function isNamed(mention: string): boolean {
  const bare = bareName(mention.replace(PARTITIVE, ''));
  const words = bare.split(/\s+/);
  const head = headOf(bare);
  // ("Officials in Kherson region said": capitalised only because the sentence starts there.)
  if ((ANONYMOUS_HEAD.test(head) || COLLECTIVE.test(head)) && (!/^\p{Lu}/u.test(head) || isCommonWord(head))) return false;
  // "Reports said", "It said" with nothing before it: a capitalised common word names no one.
  if (words.length === 1 && isCommonWord(bare)) return false;
  // "the health ministry in Gaza", "the mayor of Kharkiv": a common-noun head with a place
  // after it is a description, not the place's name.
  const p = words.findIndex((w, i) => i > 0 && /^(?:of|from|for|at|with|in|on)$/i.test(w));
  if (p > 0 && words.slice(0, p).every((w) => /^\p{Ll}/u.test(w))) return false;
  // Sentence-initial common nouns ("Officials said") are capitalised but name nobody.
  return words.some((w) => /^\p{Lu}/u.test(w) && !NOT_NAMING.has(w.toLowerCase()) && !ANONYMOUS_HEAD.test(w) && !COLLECTIVE.test(w));
}

/** The name without titles: "Maj. Gen. Pat Ryder" → "Pat Ryder", "Iran's foreign ministry
 * spokesman Nasser Kanaani" → "Nasser Kanaani". */
export function stripTitles(name: string): string {
  const role = personAfterRole(name) ?? OUTLET_NAMED.exec(name)?.[1]?.trim() ?? COMPANY_NAMED.exec(name)?.[1]?.trim();
  // "Britain-based Syrian Observatory for Human Rights": where a body is based is not its name.
  const words = (role ?? name).split(/\s+/).filter((w, k, all) => !(k < all.length - 1 && /^[\p{L}.]+-based$/u.test(w)));
  let i = 0;
  // Keep at least the last word; strip leading title words and lower-case descriptors.
  while (i < words.length - 1 && (TITLES.has((words[i] ?? '').toLowerCase()) || /^\p{Ll}/u.test(words[i] ?? ''))) i++;
  // "White House", "State Department", "Foreign Ministry": when only an institution word would
  // be left, the title words are the name.
  const rest = words.slice(i);
  if (i > 0 && rest.every((w) => INSTITUTION_WORDS.test(w) || TITLES.has(w.toLowerCase()))) return words.filter((w) => /^\p{Lu}/u.test(w)).join(' ') || rest.join(' ');
  return rest.join(' ');
}

/** Kind of entity a mention denotes. */
export function kindOf(mention: string, named: boolean): EntityKind {
  const m = bareName(mention);
  const head = headOf(m);
  // "a statement from the Egyptian presidency": the document is its author's.
  const author = /^(?:statement|report|letter|communiqu[eé]|release|document)s?\s+(?:from|by|of)\s+(.+)$/i.exec(m)?.[1];
  if (author) return kindOf(author, isNamed(author));
  if (CIVIL_GROUP.test(m)) return 'organization';
  // "Gaza's civil defence agency": an emergency service, not a news agency.
  if (/\bcivil defen[cs]e\b/i.test(m)) return 'government';
  if (!named) {
    if (MEDIA.test(head) && !/officials?|sources?/i.test(head)) return 'media';
    if (ARMED.test(head)) return 'armed_group';
    if (/^(?:military|army|forces|troops|command|coalition)$/i.test(head)) return 'military';
    if (/^(?:government|ministry|administration|department|authorities|regime|office|presidency|embassy|cabinet)$/i.test(head)) return 'government';
    if (ANONYMOUS_HEAD.test(head) && !COLLECTIVE.test(head)) return 'anonymous';
    if (COLLECTIVE.test(head)) return 'collective';
    if (/^(?:he|she|i)$/i.test(m)) return 'person';
    if (/^(?:they|we)$/i.test(m)) return 'collective';
    if (ORG.test(head)) return 'organization';
    return 'anonymous';
  }
  if (OUTLET_NAMED.test(m)) return 'media';
  if (COMPANY_NAMED.test(m) && !personAfterRole(m)) return 'organization';
  // "a SANA reporter", "the AFP correspondent": the outlet's journalist, no person named.
  if (/^(?:\p{Lu}[\p{Lu}\p{L}.&-]*\s+){1,3}(?:reporter|correspondent|journalist)s?(?:\s+in\s+\p{Lu}\S*)?$/u.test(m) && MEDIA.test(m.replace(/\b(?:reporter|correspondent|journalist)s?\b/, ''))) return 'media';
  // "the Syrian opposition coalition", "the National Coalition": a political body.
  if (/\b(?:national|opposition|syrian) coalition\b/i.test(m)) return 'organization';
  // "Rebel commander Abu Omar", "Observatory director Rami Abdel Rahman": a role noun then a
  // name is the person, whatever body the role belongs to.
  if (personAfterRole(m)) return 'person';
  if (MEDIA.test(m) && !/\bsaid\b/i.test(m) && !/\bofficials?$/i.test(m) && m.split(/\s+/).length <= 4 && !/\b(?:spokes|reporter|correspondent)/i.test(m)) return 'media';
  // "Afghanistan's Taliban government": whoever runs it, a government is a government.
  if (/\b(?:government|ministry|administration|cabinet|presidency)$/i.test(m)) return 'government';
  if (ARMED.test(m) || NON_STATE_ARMY.test(m)) return 'armed_group';
  if (MILITARY.test(m)) return 'military';
  if (ORG.test(m)) return 'organization';
  if (GOVERNMENT.test(m) && !/\b(?:spokes\w+|minister|president|secretary|senator|governor)\s+\p{Lu}/u.test(m)) return 'government';
  // "The RSF said": an unknown acronym names a body, not a person; so does a name given with
  // its acronym ("Inter-Services Public Relations (ISPR)").
  if (/^\p{Lu}{2,6}$/u.test(stripTitles(m)) || /\(\p{Lu}[\p{Lu}\p{N}.-]+\)\s*$/u.test(mention)) return 'organization';
  return 'person';
}
