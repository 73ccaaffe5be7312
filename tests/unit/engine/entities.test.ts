import { extractAttributions } from '../../../server/engine/index';

/** Entity name for each attribution's source, in order (publisher claims left out). */
function speakers(t: string): string[] {
  const r = extractAttributions(t);
  const byId = new Map(r.entities.map((e) => [e.id, e]));
  return r.attributions.filter((a) => !a.publisher).map((a) => (a.entityId ? byId.get(a.entityId)?.name ?? '?' : '-'));
}

describe('coreference of sources', () => {
  it('names and kinds sources the way wire copy writes them', () => {
    const t = [
      'The health ministry in Gaza said 25 people were killed.',
      'Secretary of State Maria Ortega said the truce held.',
      'Russian state news agency RIA said the talks were off.',
      "Lebanon's National News Agency (NNA) said the strike hit a house.",
      'Ankara accused the YPG of shelling the town.',
      "Ukraine's General Staff said its troops had repelled 14 attacks.",
      'The White House said it was deeply concerned.',
      'The State Department said the envoy had left.',
      "Israel's military spokesman, Rear Adm. Daniel Hagari, said the army was investigating.",
    ].join('\n\n');
    const r = extractAttributions(t);
    expect(r.entities.filter((e) => e.mentions.length > 0).map((e) => [e.name, e.kind, e.named])).toEqual([
      ['health ministry in Gaza', 'government', false],
      ['Maria Ortega', 'person', true],
      ['RIA', 'media', true],
      ["Lebanon's National News Agency", 'media', true],
      ['Ankara', 'government', true],
      ["Ukraine's General Staff", 'military', true],
      ['White House', 'government', true],
      ['State Department', 'government', true],
      ['Daniel Hagari', 'person', true],
    ]);
  });

  it('reads a role noun followed by a name as a person, and a monitor as an organisation', () => {
    const r = extractAttributions('Rebel commander Abu Omar said his fighters held the hill. The Syrian Observatory for Human Rights said 12 people died.');
    expect(r.entities.filter((e) => e.mentions.length > 0).map((e) => e.kind)).toEqual(['person', 'organization']);
  });

  it('does not resolve "the group" to an army', () => {
    const t = 'The army said it had taken the town. The group said its fighters had withdrawn in good order.';
    expect(speakers(t)).toEqual(['army', 'group']);
  });

  it('does not resolve "the ministry" to a news agency quoted before it', () => {
    const t = 'State news agency SANA said the army advanced. The ministry said four soldiers died. It said talks would resume.';
    expect(speakers(t)).toEqual(['SANA', 'ministry', 'ministry']);
  });

  it('resolves "he" to the last named person', () => {
    expect(speakers('General Yehia Rasool said the strike was a crime. He added that talks would go on.')).toEqual(['Yehia Rasool', 'Yehia Rasool']);
  });

  it('resolves a surname to the full name', () => {
    expect(speakers('Maria Lopez said the vote was fair. Later Lopez said it was close.')).toEqual(['Maria Lopez', 'Maria Lopez']);
  });

  it('resolves "the group" and "it" to the last organisation', () => {
    expect(speakers('Kataeb Hezbollah said the strike hit experts. The group added that it would respond. It also said it was ready.')).toEqual(['Kataeb Hezbollah', 'Kataeb Hezbollah', 'Kataeb Hezbollah']);
  });

  it('resolves "the official" to an earlier unnamed official', () => {
    expect(speakers('The strike was defensive, a US official said. The official added that more could follow.')).toEqual(['US official', 'US official']);
  });

  it('keeps an indefinite "an official from X" apart from an earlier official', () => {
    const r = speakers('A US official said the strike was defensive. An official from the alliance said four died.');
    expect(r[0]).not.toBe(r[1]);
  });

  it('finds a person named without a cue as the antecedent of "she"', () => {
    expect(speakers('Senator Ann Holt met voters on Monday. She said the bill would pass.')).toEqual(['Ann Holt']);
  });

  it('classifies entity kinds and anonymity', () => {
    const r = extractAttributions('A security source said four died. The defence ministry said two died. Reuters reported the toll.');
    const kinds = Object.fromEntries(r.entities.map((e) => [e.name, [e.kind, e.named]]));
    expect(kinds['security source']).toEqual(['anonymous', false]);
    expect(kinds['defence ministry']?.[0]).toBe('government');
  });

  it('records every mention of an entity in text order', () => {
    const t = 'Maria Lopez said the vote was fair. She said it was close.';
    const e = extractAttributions(t).entities.find((x) => x.name === 'Maria Lopez');
    expect(e?.mentions.map((m) => m.text)).toEqual(['Maria Lopez', 'She']);
  });
});

describe('kinds and coreference in conflict reporting', () => {
  const kinds = (t: string) => extractAttributions(t).entities.filter((e) => e.mentions.length > 0).map((e) => [e.name, e.kind, e.named, e.mentions.length]);

  it('reads monitors, rights and aid groups and charities as organisations, not armed groups', () => {
    const t = 'A monitoring group said the truce held. A rights group said detainees were beaten. A local medical charity said 40 people died. A group that documents the war said the toll was higher.';
    expect(kinds(t).map(([, kind]) => kind)).toEqual(['organization', 'organization', 'organization', 'organization']);
  });

  it('reads non-state armies as armed groups and an unknown acronym as a body', () => {
    expect(kinds('The Army of Conquest said its fighters took the hill. The ZRC denied the report. The Lebanese army said it had deployed.')).toEqual([
      ['Army of Conquest', 'armed_group', true, 1],
      ['ZRC', 'organization', true, 1],
      ['Lebanese army', 'military', true, 1],
    ]);
  });

  it('reads state media as an outlet', () => {
    expect(kinds('Syrian state media said two soldiers were killed.')[0]?.slice(0, 2)).toEqual(['Syrian state media', 'media']);
  });

  it('refers a description back only to a body it fits in every word', () => {
    expect(speakers('The interior ministry said it was concerned. The ministry said talks would go on.')).toEqual(['interior ministry', 'interior ministry']);
    expect(speakers('The interior ministry said it was concerned. The foreign ministry said it would respond.')).toEqual(['interior ministry', 'foreign ministry']);
    expect(speakers('The Kremlin said it was concerned. The foreign ministry said it would respond.')).toEqual(['Kremlin', 'foreign ministry']);
  });

  it('gives a statement the kind of its author, and sources familiar with a matter no name', () => {
    expect(kinds('According to a statement from the Egyptian presidency, the two leaders spoke by phone.')[0]?.[1]).toBe('government');
    expect(kinds('Two sources familiar with the matter said the talks had stalled.')[0]?.slice(1, 3)).toEqual(['anonymous', false]);
  });

  it('reads the armed groups of African conflicts as armed groups', () => {
    expect(kinds('Al Shabaab said its fighters had seized the base. The Rapid Support Forces denied the report.').map(([, kind]) => kind)).toEqual(['armed_group', 'armed_group']);
  });

  it('resolves "she" to the more recent of a named person and an unnamed someone', () => {
    const t = 'Aid chief Lena Varga said the town was cut off. A survivor said gunmen went from house to house. "They shot anyone who moved," she said.';
    expect(speakers(t)).toEqual(['Lena Varga', 'survivor', 'survivor']);
  });

  it('reads a spokesperson of a named ministry, and sentence-initial officials, as unnamed', () => {
    expect(kinds('A Ministry of Defence spokesperson said the base was secure.')[0]?.slice(1, 3)).toEqual(['anonymous', false]);
    expect(kinds('Officials in Tavria region said a drone had hit a bus.')[0]?.slice(1, 3)).toEqual(['anonymous', false]);
  });

  it('does not take a participial aside for a name', () => {
    expect(kinds('A survivor, speaking to Reuters by phone, said gunmen went from house to house.')).toEqual([['survivor', 'anonymous', false, 1]]);
  });

  it('names a body by the name after its description, and a government as a government', () => {
    expect(kinds("Two soldiers died, the army's press office, Joint Information Centre (JIC), said.")).toEqual([['Joint Information Centre', 'organization', true, 1]]);
    expect(kinds("Kabul's Taliban government denied the report.")[0]?.[1]).toBe('government');
    expect(kinds('The premier toured the district on Monday, his office said.')[0]?.[1]).toBe('government');
  });

  it('reads a civil defence agency as a public service, not a news agency', () => {
    expect(kinds("Gaza's civil defence agency said 18 people were killed.")[0]?.[1]).toBe('government');
  });

  it('resolves a two-word surname to the full name', () => {
    expect(speakers('Observatory director Rami Abdel Rahman told AFP that shells fell. Abdel Rahman said the toll would rise.')).toEqual(['Rami Abdel Rahman', 'Rami Abdel Rahman']);
  });

  it('does not merge a role-and-name source into the body the role belongs to', () => {
    expect(speakers('The ZRC denied the report. ZRC adviser Omar Saleh told Reuters that no fighters were inside. He added that talks could resume.')).toEqual(['ZRC', 'Omar Saleh', 'Omar Saleh']);
  });

  it('takes the same unnamed body described twice as one, but not two unnamed people', () => {
    expect(kinds('A monitoring group said the truce held. Later a monitoring group said shelling had resumed.')).toEqual([['monitoring group', 'organization', false, 2]]);
    expect(kinds('A security source said four died. A security source said two died.')).toHaveLength(2);
  });

  it('finds a body again by its possessive form, its bracketed short form or its initials', () => {
    expect(speakers("Sudan army says it retook the bridge\n\nSudan's army said on Thursday it had retaken the bridge.")).toEqual(['Sudan army', 'Sudan army']);
    expect(speakers('The Northern Relief Agency (NORA) said 40 tents arrived. NORA said more were needed.')).toEqual(['Northern Relief Agency', 'Northern Relief Agency']);
    expect(speakers('The Rapid Support Forces said the bridge was theirs. The RSF denied losing it.')).toEqual(['Rapid Support Forces', 'Rapid Support Forces']);
    // Not a person's initials.
    expect(speakers('Lena Varga said the dam held. LV said nothing more.')).toEqual(['Lena Varga', 'LV']);
  });

  it('names and kinds the sources of war reporting as written', () => {
    const t = [
      'UN envoy Staffan de Mistura said the talks would resume.',
      'Doctors Without Borders said its clinic had been hit.',
      'The official SANA news agency said 14 people were injured.',
      'A SANA reporter in Aleppo said shells fell on the old city.',
      'Western powers say the government used chlorine.',
      'The Britain-based Syrian Observatory for Human Rights said 20 people died.',
      'The U.N. said aid was blocked.',
      'The Syrian opposition coalition said the vote was a sham.',
    ].join('\n\n');
    expect(kinds(t).map(([name, kind, named]) => [name, kind, named])).toEqual([
      ['Staffan de Mistura', 'person', true],
      ['Doctors Without Borders', 'organization', true],
      ['SANA news agency', 'media', true],
      ['SANA reporter in Aleppo', 'media', true],
      ['Western powers', 'collective', false],
      ['Syrian Observatory for Human Rights', 'organization', true],
      ['U.N.', 'government', true],
      ['Syrian opposition coalition', 'organization', true],
    ]);
  });

  it('does not make a person of a capitalised common word or of part of a body\'s name', () => {
    expect(kinds('Reports said the convoy had turned back.')).toEqual([['Reports', 'anonymous', false, 1]]);
    // An acronym is a name whatever its lower case means.
    expect(kinds('US said the convoy had turned back.')[0]?.slice(1, 3)).toEqual(['government', true]);
    expect(kinds('It said nothing more.')[0]?.slice(1, 3)).toEqual(['anonymous', false]);
    // "Human Rights" in the Observatory's name is no antecedent for "he"; nor are "reports".
    expect(speakers('The Syrian Observatory for Human Rights said 20 people died. He said the toll would rise.')[1]).not.toBe('Human Rights');
    expect(speakers('Reports said the convoy had turned back. He said the drivers were safe.')[1]).not.toBe('Reports');
  });

  it('does not take a place after "the" for the person "he" refers to', () => {
    expect(speakers('Spokesman Ali Nasser said the ship was hit in the Red Sea. "We will go on," he said.')).toEqual(['Ali Nasser', 'Ali Nasser']);
  });

  it('reads an unnamed official named in apposition as that person', () => {
    expect(kinds('A senior Houthi official, Ahmed Saleh al-Houthi, said the ship was hit.')).toEqual([['Ahmed Saleh al-Houthi', 'person', true, 1]]);
  });

  it('tells agencies and media apart, and reads bloggers as unnamed', () => {
    const t = 'The Nuclear Safety Agency said it heard blasts. Kremlin-backed media reported the strike. Pro-Russian military bloggers claimed an advance.';
    expect(kinds(t).map(([name, kind, named]) => [name, kind, named])).toEqual([
      ['Nuclear Safety Agency', 'organization', true],
      ['Kremlin-backed media', 'media', true],
      ['Pro-Russian military bloggers', 'anonymous', false],
    ]);
  });

  it('reads a named role before a person\'s name as that person\'s descriptor', () => {
    expect(kinds("Ana Ruiz's chief of staff, Marta Kovac, wrote that talks had stalled.")[0]?.slice(0, 2)).toEqual(['Marta Kovac', 'person']);
  });

  it('reads "shipping firm Maersk" as the company Maersk', () => {
    expect(kinds('Shipping firm Nordline said it would pause transits.')).toEqual([['Nordline', 'organization', true, 1]]);
  });

  it('reads "one of the officials" as one of the group quoted before', () => {
    expect(speakers('Two officials said the drone came from the west. One of the officials said it was unarmed.')).toEqual(['Two officials', 'Two officials']);
    expect(kinds('One of the officials said the drone was unarmed.')).toEqual([['One of the officials', 'anonymous', false, 1]]);
  });
});

describe('coreference of Arabic names', () => {
  it('resolves a surname given without its "al-" particle', () => {
    expect(speakers('Omar al-Masri told AFP that shells fell. Masri added that two were wounded.')).toEqual(['Omar al-Masri', 'Omar al-Masri']);
  });
});
