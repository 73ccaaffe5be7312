import { dropNestedCues, findCues } from '../../../server/engine/cues';
import type { CueHit } from '../../../server/engine/cues';
import { tokenize } from '../../../server/engine/tokens';

const cueTexts = (t: string): string[] => {
  const toks = tokenize(t);
  return findCues(toks, () => false).map((c) => t.slice(toks[c.first]?.start ?? 0, toks[c.last]?.end ?? 0));
};

describe('findCues', () => {
  it('does not read combat as a cue, but keeps the political senses', () => {
    expect(cueTexts('Gunmen attacked a checkpoint near Mosul.')).toEqual([]);
    expect(cueTexts('The army fired dozens of rockets at the town.')).toEqual([]);
    expect(cueTexts('She attacked Clinton over the emails.')).toEqual(['attacked']);
  });

  it('reads "blast" inside a noun phrase as the explosion, and as a verb a cue', () => {
    expect(cueTexts('The second blast hit a bus station in the city centre.')).toEqual([]);
    expect(cueTexts('A huge blast shook the port.')).toEqual([]);
    expect(cueTexts('Opposition lawmakers blast the budget as reckless.')).toEqual(['blast']);
  });

  it('takes the channel a statement was posted on into the cue', () => {
    expect(cueTexts('The governor said on Telegram that two people were hurt.')).toEqual(['said on Telegram']);
    expect(cueTexts('The brigade wrote on its website that the road was open.')).toEqual(['wrote on its website']);
    expect(cueTexts('The command wrote on X, formerly Twitter, that two missiles were downed.')).toEqual(['wrote on X, formerly Twitter']);
    expect(cueTexts('"We allow no one to use our soil," the spokesman wrote on X.')).toEqual(['wrote on X']);
    expect(cueTexts('The party pinned its hopes on Ohio, a state it lost twice.')).not.toContain('pinned its hopes on Ohio');
  });

  it('reads "put the death toll at" as a cue, but not other puts', () => {
    expect(cueTexts('The Observatory put the death toll at 22.')).toEqual(['put']);
    expect(cueTexts('Another officer put the number of dead at 17.')).toEqual(['put']);
    expect(cueTexts('The monitor raised its toll to 31.')).toEqual(['raised']);
    expect(cueTexts('The soldiers put the boxes on the truck.')).toEqual([]);
  });

  it('finds speech verbs with their auxiliaries', () => {
    expect(cueTexts('The minister has said that the strike failed.')).toEqual(['has said']);
  });

  it('finds "according to" as one cue', () => {
    expect(cueTexts('Four people died, according to the ministry.')).toEqual(['according to']);
  });

  it('finds belief and intent predicates', () => {
    expect(cueTexts('The United States considers the group a threat.')).toEqual(['considers']);
    expect(cueTexts('The minister believes the economy is weak.')).toEqual(['believes']);
  });

  it('keeps a venue phrase inside the cue', () => {
    expect(cueTexts('The group added in a statement that it would respond.')).toEqual(['added in a statement']);
    expect(cueTexts('Local sources said in a phone call with SANA that shells hit the town.')).toEqual(['said in a phone call']);
  });

  it('ignores words inside quotations', () => {
    const t = '"They said nothing," she added.';
    const toks = tokenize(t);
    const inQuote = (i: number): boolean => (toks[i]?.end ?? 0) <= 20;
    expect(findCues(toks, inQuote).map((c) => toks[c.head]?.text)).toEqual(['added']);
  });

  it('finds an intent verb heading its own clause', () => {
    expect(cueTexts('The mayor wants to expand the bus network.')[0]).toMatch(/^wants/);
  });

  it('reads a headline colon after a name as a cue', () => {
    expect(cueTexts('Mayor Lena Ortiz: City Budget Will Be Balanced By June.')).toEqual([':']);
  });

  it('does not read a label or lead-in before a colon as a headline speaker', () => {
    expect(cueTexts("Editor's note: The bridge reopened on Monday after repairs.")).not.toContain(':');
    expect(cueTexts('There was a simple reason: the bridge had closed for repairs.')).not.toContain(':');
  });

  it('does not read "found himself" as a report', () => {
    expect(cueTexts('The mayor found himself in the middle of a storm over the budget.')).toEqual([]);
  });

  it('finds no cue in a plain factual sentence', () => {
    expect(cueTexts('The coalition was deployed in 2014.')).toEqual([]);
  });
});

describe('dropNestedCues', () => {
  const kept = (t: string): string[] => {
    const toks = tokenize(t);
    return dropNestedCues(toks, findCues(toks, () => false), () => false).map((c) => toks[c.head]?.lower ?? '');
  };

  it('drops a weaker cue inside the clause reported by the one before it', () => {
    // Hits built by hand: the detector may or may not propose "opposed" at all.
    const toks = tokenize('The mayor said the council opposed the new parking fees.');
    const hit = (w: string, score: number): CueHit => { const i = toks.findIndex((t) => t.lower === w); return { head: i, first: i, last: i, score }; };
    expect(dropNestedCues(toks, [hit('said', 0.9), hit('opposed', 0.6)], () => false).map((c) => toks[c.head]?.lower)).toEqual(['said']);
    // A stronger inner cue is not dropped by a weaker outer one.
    expect(dropNestedCues(toks, [hit('said', 0.6), hit('opposed', 0.9)], () => false)).toHaveLength(2);
  });

  it('keeps a cue after a clause break', () => {
    expect(kept('The mayor said the fees would rise, and the council warned that shops would close.')).toEqual(['said', 'warned']);
  });

  it('keeps an embedded report that opens its own that-clause', () => {
    expect(kept('The official added that the inspectors concluded that the dam was safe.')).toContain('concluded');
  });
});
