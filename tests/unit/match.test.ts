import { matchSource, nameSimilarity, normaliseSourceName, type KnownSource } from '../../server/sources/match';
import type { EntityKind } from '../../server/engine/types';

let nextId = 1;
function known(name: string, kind: EntityKind, over: Partial<KnownSource> = {}): KnownSource {
  return { id: nextId++, name, normalized_name: normaliseSourceName(name), kind, named: true, case_id: null, aliases: [], ...over };
}
const cand = (name: string, kind: EntityKind, over: Partial<{ named: boolean; caseId: number }> = {}) => ({
  name, kind, named: true, caseId: 1, ...over,
});

describe('normaliseSourceName', () => {
  it.each([
    ['General Yehia Rasool', 'yehia rasol'],
    ['Gen. Yehia Rasool', 'yehia rasol'],
    ['Maj. Gen. Pat Ryder', 'pat ryder'],
    ['Pentagon spokesman Maj. Gen. Pat Ryder', 'pat ryder'],
    ['Prime Minister Mohammed Shia al-Sudani', 'mohamed shia sudani'],
    ['Mr. Ahmed', 'ahmed'],
    ['Sheikh Qais al-Khazali', 'qais khazali'],
    ['the Pentagon', 'pentagon'],
    ['The U.S. military', 'us military'],
    ['United States Central Command', 'us central comand'],
    ['Kataeb Hezbollah', 'kataib hezbolah'],
    ['Kataib Hezbollah', 'kataib hezbolah'],
    ['Hashed al-Shaabi', 'hashed shabi'],
    ['Hashed el-Shaabi', 'hashed shabi'],
    ['Reuters news agency', 'reuters'],
    ['the Islamic State group', 'islamic state'],
    ['Iraq’s military', 'iraq military'],
    ['Agence France-Presse', 'agence france prese'],
    ['Zoë Müller', 'zoe muler'],
    ['a security source', 'security surce'],
    ['the President of Iraq', 'president of iraq'],
    ['Minister of Defence', 'minister of defence'],
    ['Secretary of State Antony Blinken', 'antony blinken'],
    ['a military spokesman for the Iraqi prime minister', 'military spokesman for the iraqi prime minister'],
  ])('normalises %s to %s (doubled letters, ae/ou/ee evened out)', (name, expected) => {
    expect(normaliseSourceName(name)).toBe(expected);
  });

  it('keeps a lone title rather than returning nothing', () => {
    expect(normaliseSourceName('the President')).toBe('president');
    expect(normaliseSourceName('Al Jazeera')).toBe('jazira');
  });
});

describe('matchSource', () => {
  const rasool = known('Yehia Rasool', 'person');
  const kataeb = known('Kataeb Hezbollah', 'armed_group');
  const pentagon = known('Pentagon', 'military');
  const centcom = known('US Central Command', 'military');
  const reuters = known('Reuters', 'media');
  const iraqGov = known('Iraqi government', 'government');
  const registry = [rasool, kataeb, pentagon, centcom, reuters, iraqGov];

  it('matches "General Yehia Rasool" to Yehia Rasool exactly once titles are stripped', () => {
    expect(matchSource(cand('General Yehia Rasool', 'person'), registry)).toMatchObject({ source: rasool, score: 1, reason: 'exact' });
  });

  it('matches the bare surname "Rasool" to Yehia Rasool', () => {
    expect(matchSource(cand('Rasool', 'person'), registry)).toMatchObject({ source: rasool, reason: 'surname' });
  });

  it('matches the transliteration "Yahya Rasool" to Yehia Rasool', () => {
    expect(matchSource(cand('Yahya Rasool', 'person'), registry)?.source).toBe(rasool);
  });

  it('does not match a different first name with the same surname', () => {
    expect(matchSource(cand('Karim Rasool', 'person'), registry)).toBeUndefined();
  });

  it('does not let a surname-only entry take in full names of that surname', () => {
    const bare = known('Ryder', 'person');
    expect(matchSource(cand('Pat Ryder', 'person'), [bare])).toBeUndefined();
    expect(matchSource(cand('John Ryder', 'person'), [bare])).toBeUndefined();
    expect(matchSource(cand('Ryder', 'person'), [bare])).toMatchObject({ source: bare, reason: 'exact' });
  });

  it('refuses "Rasool" when two known persons share that surname', () => {
    const other = known('Ali Rasool', 'person');
    expect(matchSource(cand('Rasool', 'person'), [...registry, other])).toBeUndefined();
  });

  it('matches Kataib Hezbollah and Kataib Hizbollah to Kataeb Hezbollah', () => {
    expect(matchSource(cand('Kataib Hezbollah', 'armed_group'), registry)).toMatchObject({ source: kataeb, reason: 'exact' });
    expect(matchSource(cand('Kataib Hizballah', 'armed_group'), registry)).toMatchObject({ source: kataeb, reason: 'similar' });
  });

  it('matches "the Pentagon" to Pentagon', () => {
    expect(matchSource(cand('the Pentagon', 'military'), registry)).toMatchObject({ source: pentagon, reason: 'exact' });
  });

  it('matches "Central Command" to US Central Command', () => {
    expect(matchSource(cand('Central Command', 'military'), registry)).toMatchObject({ source: centcom, reason: 'similar' });
  });

  it('matches "Reuters news agency" to Reuters', () => {
    expect(matchSource(cand('Reuters news agency', 'media'), registry)?.source).toBe(reuters);
  });

  it('matches through a recorded alias', () => {
    const hashed = known('Popular Mobilisation Forces', 'armed_group', { aliases: [normaliseSourceName('Hashed al-Shaabi')] });
    expect(matchSource(cand('the Hashed al-Shaabi', 'armed_group'), [hashed])).toMatchObject({ source: hashed, reason: 'alias' });
  });

  it.each([
    ['Iranian government', 'government'],
    ['Iraqi army', 'military'],
    ['Syrian government', 'government'],
    ['Kataib Sayyid al-Shuhada', 'armed_group'],
    ['Reuters Institute', 'organization'],
  ] as const)('does not match the false friend %s', (name, kind) => {
    expect(matchSource(cand(name, kind), registry)).toBeUndefined();
  });

  it('does not find a name inside a long description that merely contains its words', () => {
    const spokesman = known('Yehia Rasool', 'person', { aliases: [normaliseSourceName('General Yehia Rasool, the military spokesman for the Iraqi prime minister')] });
    expect(matchSource(cand('Iraqi prime minister', 'person'), [spokesman])).toBeUndefined();
  });

  it('never matches a person to an organisation of the same name', () => {
    const org = known('Rasool', 'organization');
    expect(matchSource(cand('Rasool', 'person'), [org])).toBeUndefined();
    expect(matchSource(cand('Reuters', 'person'), registry)).toBeUndefined();
  });

  it('matches an anonymous source only word for word within its own case', () => {
    const here = known('a security source', 'anonymous', { named: false, case_id: 1 });
    const elsewhere = known('a security source', 'anonymous', { named: false, case_id: 2 });
    expect(matchSource(cand('A security source', 'anonymous', { named: false, caseId: 1 }), [elsewhere, here])?.source).toBe(here);
    expect(matchSource(cand('a security source', 'anonymous', { named: false, caseId: 3 }), [elsewhere, here])).toBeUndefined();
    expect(matchSource(cand('a senior security source', 'anonymous', { named: false, caseId: 1 }), [here])).toBeUndefined();
  });

  it('never matches a descriptive source to a named one', () => {
    const official = known('US official', 'person');
    expect(matchSource(cand('a US official', 'anonymous', { named: false }), [official])).toBeUndefined();
    expect(matchSource(cand('US official', 'person'), [known('a US official', 'anonymous', { named: false, case_id: 1 })])).toBeUndefined();
  });
});

describe('nameSimilarity', () => {
  it('compares word by word, so a shared prefix does not make Iraqi and Iranian alike', () => {
    expect(nameSimilarity('iraqi government', 'iranian government')).toBeLessThan(0.6);
    expect(nameSimilarity('kataib hezbolah', 'kataib hizbolah')).toBeGreaterThan(0.85);
  });
});
