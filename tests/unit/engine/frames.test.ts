import { extractAttributions } from '../../../server/engine/index';

/** Source, cue and content texts of each attribution (publisher claims left out). */
function roles(t: string): { S: string; C: string; T: string; mode: string }[] {
  const f = (sp: [number, number][]): string => sp.map(([s, e]) => t.slice(s, e)).join(' | ');
  return extractAttributions(t).attributions.filter((a) => !a.publisher).map((a) => ({ S: f(a.source), C: f(a.cue), T: f(a.content), mode: a.mode }));
}

describe('attribution frames', () => {
  it('reads "X said that …" as source, cue and following content', () => {
    expect(roles('The ministry said that four people were killed.')).toEqual([{ S: 'The ministry', C: 'said', T: 'that four people were killed', mode: 'indirect' }]);
  });

  it('reads a quotation before the cue as direct content', () => {
    expect(roles('"We will respond," the spokesman said.')).toEqual([{ S: 'the spokesman', C: 'said', T: '"We will respond,"', mode: 'direct' }]);
  });

  it('reads an inverted cue with a titled source', () => {
    const [a] = roles('The strike was defensive, said Pentagon spokesman Maj. Gen. Pat Ryder.');
    expect(a).toMatchObject({ S: 'Pentagon spokesman Maj. Gen. Pat Ryder', C: 'said', T: 'The strike was defensive' });
  });

  it('splits "according to X" into source and surrounding content', () => {
    expect(roles('Two drones hit the base, according to the Pentagon.')).toEqual([{ S: 'the Pentagon', C: 'according to', T: 'Two drones hit the base', mode: 'according_to' }]);
  });

  it('keeps an appositive with its source', () => {
    const [a] = roles('Yehia Rasool, the military spokesman for the prime minister, said the strike was a crime.');
    expect(a?.S).toBe('Yehia Rasool, the military spokesman for the prime minister');
    expect(a?.T).toBe('the strike was a crime');
  });

  it('reads an addressee after "told" as part of the cue\'s frame, not the content', () => {
    const [a] = roles('The clinic was busy, a hospital spokeswoman told The Daily Courier.');
    expect(a).toMatchObject({ S: 'a hospital spokeswoman', C: 'told', T: 'The clinic was busy' });
  });

  it('never glues a dateline to the source', () => {
    const [a] = roles('BAGHDAD (AFP) - Iraqi officials said the toll had risen.');
    expect(a?.S).toBe('Iraqi officials');
  });

  it('adds a following quotation in the same paragraph to the same attribution', () => {
    const [a, b] = roles('"It was shameful," she said. "We will fight."');
    expect(a?.T).toBe('"It was shameful," | "We will fight."');
    expect(b).toBeUndefined();
  });

  it('gives a cue-less quotation paragraph to the previous speaker as its own attribution', () => {
    const t = '"It was shameful," Rasool said.\n"We will fight on."';
    const r = extractAttributions(t).attributions.filter((a) => !a.publisher);
    expect(r).toHaveLength(2);
    expect(r[1]?.cue).toEqual([]);
    expect(r[1]?.entityId).toBe(r[0]?.entityId);
  });

  it('shares the source of coordinated cues', () => {
    const r = roles('It also said it would decide later, and urged the government to end the occupation.');
    expect(r.map((a) => a.S)).toEqual(['It', 'It']);
    expect(r[1]?.T).toBe('the government to end the occupation');
  });

  it('takes the by-agent of a passive cue as the source', () => {
    const [a] = roles('Both raids were claimed by the rebel coalition.');
    expect(a).toMatchObject({ S: 'the rebel coalition', T: 'Both raids' });
  });
});

describe('attribution frames in harder layouts', () => {
  it('leaves a day out of both cue and content, and takes a run of venue nouns into the cue', () => {
    expect(roles("Russia's Defence Ministry said on Friday its forces had captured the village.")[0]).toMatchObject({ C: 'said', T: 'its forces had captured the village' });
    expect(roles('Zelenskiy said in his nightly video address that the situation remained difficult.')[0]).toMatchObject({ C: 'said in his nightly video address', T: 'that the situation remained difficult' });
    // A possessive day is part of what was said.
    expect(roles("The mayor said Monday's attack was planned.")[0]?.T).toBe("Monday's attack was planned");
  });

  it('splits off "…, a claim Kyiv did not immediately confirm" as Kyiv\'s attribution', () => {
    expect(roles('The ministry said its forces had captured the village, a claim Kyiv did not immediately confirm.')).toEqual([
      expect.objectContaining({ S: 'The ministry', C: 'said', T: 'its forces had captured the village' }),
      expect.objectContaining({ S: 'Kyiv', C: 'did not immediately confirm', T: 'a claim' }),
    ]);
  });

  it('splits "…, an accusation Hezbollah rejected" into the rejection and keeps the report before it', () => {
    const r = roles('The Israeli military said the group was using civilians as human shields, an accusation Hezbollah rejected.');
    expect(r).toEqual([
      expect.objectContaining({ S: 'The Israeli military', C: 'said', T: 'the group was using civilians as human shields' }),
      expect.objectContaining({ S: 'Hezbollah', C: 'rejected', T: 'an accusation' }),
    ]);
  });

  it('reads "that night" after the cue as a time, not a that-clause', () => {
    const [a] = roles('"We have won," she said in her victory speech that night.');
    expect(a).toMatchObject({ S: 'she', C: 'said in her victory speech', T: '"We have won,"' });
  });

  it('finds the agent of a passive cue a few words after it', () => {
    const [a] = roles('The senator has been attacked on the tax plan by her rivals.');
    expect(a).toMatchObject({ S: 'her rivals', T: 'The senator | the tax plan' });
  });

  it('reads a quotation inside dashes as the aside\'s content', () => {
    const [a] = roles('Neither woman trusted him - "He never listens," Ms. Adeyemi said - but they voted anyway.');
    expect(a).toMatchObject({ S: 'Ms. Adeyemi', C: 'said', T: '"He never listens,"' });
  });

  it('splits off "…, an account disputed by his family" as the family\'s attribution', () => {
    expect(roles('The Israeli military said the man had opened fire on soldiers, an account disputed by his family.')).toEqual([
      expect.objectContaining({ S: 'The Israeli military', C: 'said', T: 'the man had opened fire on soldiers' }),
      expect.objectContaining({ S: 'his family', C: 'disputed', T: 'an account' }),
    ]);
  });

  it('skips "in a report released Thursday" before the that-clause', () => {
    const [a] = roles('Human Rights Watch said in a report released Thursday that the strike may amount to a war crime.');
    expect(a).toMatchObject({ C: 'said in a report', T: 'that the strike may amount to a war crime' });
  });

  it('ends a forward content at a colon where a later quotation has its own speaker', () => {
    const r = roles('The envoy asserted that the truce had collapsed: "The guns are firing again," he claimed.');
    expect(r).toEqual([
      expect.objectContaining({ S: 'The envoy', C: 'asserted', T: 'that the truce had collapsed' }),
      expect.objectContaining({ S: 'he', C: 'claimed', T: '"The guns are firing again,"' }),
    ]);
    // A quotation running on inside the content stays in it.
    const [a] = roles('The envoy said the talks "should be wrapped up by Friday," and left the room.');
    expect(a?.T).toContain('"should be wrapped up by Friday,"');
  });

  it('reads a closing "at the outset" or "in April" after the cue as an adjunct, not content', () => {
    const [a] = roles('Her family fled the city in 2014, she said at the outset.');
    expect(a).toMatchObject({ S: 'she', T: 'Her family fled the city in 2014' });
  });

  it('gives feelings to the one who has them: object of "angered", subject of "was angered by"', () => {
    expect(roles('The decision has angered the village elders.')).toEqual([
      expect.objectContaining({ S: 'the village elders', C: 'has angered', T: 'The decision' }),
    ]);
    expect(roles('The minister was angered by the decision.')).toEqual([
      expect.objectContaining({ S: 'The minister', C: 'was angered', T: 'the decision' }),
    ]);
  });

  it('gives "X quoted Y as saying Z" to Y, with both parts of the cue', () => {
    expect(roles('Russian state news agency RIA quoted a defence ministry source as saying the jets had not flown that day.')).toEqual([
      expect.objectContaining({ S: 'a defence ministry source', C: 'quoted | as saying', T: 'the jets had not flown that day' }),
    ]);
  });

  it('keeps a bracketed short form or party label with its name', () => {
    const [a] = roles("Lebanon's National News Agency (NNA) said the strike hit a house.");
    expect(a).toMatchObject({ S: "Lebanon's National News Agency (NNA)", C: 'said' });
  });

  it('keeps a request after "asked" as forward content', () => {
    const [a] = roles('After the ruling, Gov. Ana Ruiz (D) asked the high court for quick action.');
    expect(a).toMatchObject({ S: 'Gov. Ana Ruiz (D)', C: 'asked', T: 'the high court for quick action' });
  });

  it('reads an anonymous source with its request as the source of the main cue', () => {
    expect(roles('An official who asked not to be named said the talks had collapsed.')).toEqual([
      expect.objectContaining({ S: 'An official who asked not to be named', C: 'said', T: 'the talks had collapsed' }),
    ]);
  });

  it('keeps "at least" with the content, not the cue', () => {
    const [a] = roles('The United Nations said at least 30 civilians had been killed.');
    expect(a).toMatchObject({ C: 'said', T: 'at least 30 civilians had been killed' });
  });

  it('skips a venue and the channel that carried it', () => {
    const [a] = roles('The army said in a statement carried by state media that its forces had taken the town.');
    expect(a).toMatchObject({ S: 'The army', C: 'said in a statement', T: 'that its forces had taken the town' });
  });

  it('reads "…, a charge the group denied" as a denial of the charge, keeping the accusation', () => {
    const r = roles('Ankara accused the YPG of shelling the border town, a charge the group denied.');
    expect(r).toEqual([
      expect.objectContaining({ S: 'Ankara', C: 'accused', T: 'the YPG of shelling the border town' }),
      expect.objectContaining({ S: 'the group', C: 'denied', T: 'a charge' }),
    ]);
  });

  it('skips an addressee and its adjuncts before a that-clause', () => {
    const [a] = roles('A spokesman for the coalition told reporters in Baghdad on Monday that the strike hit a depot.');
    expect(a).toMatchObject({ S: 'A spokesman for the coalition', C: 'told', T: 'that the strike hit a depot' });
  });

  it('shares the source with a contrasting "but did not say"', () => {
    const r = roles('State news agency SANA said the army advanced, but did not say the town had fallen.');
    expect(r.map((a) => a.S)).toEqual(['State news agency SANA', 'State news agency SANA']);
    expect(r[1]).toMatchObject({ C: 'did not say', T: 'the town had fallen' });
  });

  it('gives a toll after ", while" to its own appositive source', () => {
    const r = roles('Al-Manar reported that the attack killed 15 people, while the Syrian Observatory for Human Rights, a Britain-based monitor, put the toll at 22.');
    expect(r).toEqual([
      expect.objectContaining({ S: 'Al-Manar', T: 'that the attack killed 15 people' }),
      expect.objectContaining({ S: 'the Syrian Observatory for Human Rights, a Britain-based monitor', C: 'put', T: 'the toll at 22' }),
    ]);
  });

  it('keeps a later quotation in the sentence with the inverted speaker', () => {
    const [a] = roles('"It is over," said Lena Ortiz, 41, of Tulsa, Okla. "We lost."');
    expect(a?.S).toBe('Lena Ortiz');
    expect(a?.T).toBe('"It is over," | "We lost."');
  });

  it('splits content around a parenthetical "she said"', () => {
    const [a] = roles('What annoyed him most, he said, was the delay at the border.');
    expect(a?.T).toBe('What annoyed him most | was the delay at the border');
  });

  it('does not report a cue nested inside another content as its own attribution', () => {
    const r = roles('The newspaper reported that the envoy said he was leaving soon.');
    expect(r.map((a) => a.C)).toEqual(['reported']);
  });

  it('keeps an explicit embedded report "that X assessed that …"', () => {
    const r = roles('The official added that the Central Command assessed that the drones posed a threat.');
    expect(r.map((a) => a.C)).toEqual(['added', 'assessed']);
  });

  it('reads "reportedly" as an unsourced report of its whole clause', () => {
    expect(roles('The mayor reportedly met the developer twice in May.')[0]).toEqual({ S: '', C: 'reportedly', T: 'The mayor | met the developer twice in May', mode: 'indirect' });
  });

  it('reads "But, as X said, …" forward and "…, as X said" backward', () => {
    expect(roles('But, as the aide said, the budget is a mess.')[0]).toMatchObject({ S: 'the aide', C: 'said', T: 'the budget is a mess' });
    expect(roles('The budget is a mess, as the aide said.')[0]).toMatchObject({ S: 'the aide', C: 'said', T: 'The budget is a mess' });
  });

  it('keeps the relative pronoun of "which officials said …" in the content, up to the closing comma', () => {
    expect(roles('The rule, which officials said will take effect in May, applies to all drivers.')[0]).toMatchObject({ S: 'officials', C: 'said', T: 'which | will take effect in May' });
  });

  it('reads the subject of a passive cue as part of its content, with no source', () => {
    expect(roles('The driver was identified as a local teacher.')[0]).toEqual({ S: '', C: 'was identified as', T: 'The driver | a local teacher', mode: 'indirect' });
    // The addressee of a passive "were asked" is not what was asked.
    expect(roles('Voters were asked whether they trusted the mayor.')[0]).toMatchObject({ C: 'were asked', T: 'whether they trusted the mayor' });
  });

  it('leaves the addressee of "told" out of the content when a pronoun opens the clause', () => {
    expect(roles('The mayor told The Daily Herald he was not ready to endorse the plan.')[0]).toMatchObject({ C: 'told', T: 'he was not ready to endorse the plan' });
  });

  it('reads an opening "Asked …," as its own report, apart from the answer', () => {
    expect(roles('Asked whether he would resign, Gomez said, "Probably not."').map((a) => [a.C, a.T])).toEqual([
      ['Asked', 'whether he would resign'],
      ['said', '"Probably not."'],
    ]);
    expect(roles('Asked about the delay, the mayor said the contractor was to blame.').map((a) => [a.C, a.T])).toEqual([
      ['Asked about', 'the delay'],
      ['said', 'the contractor was to blame'],
    ]);
  });

  it('reads a headline "Name: claim" as an attribution', () => {
    expect(roles('Minister: Talks Will Resume After the Holiday')[0]).toMatchObject({ S: 'Minister', C: ':' });
  });

  it('handles copy without commas, as in stripped wire text', () => {
    const [a] = roles('At least 29 rebels were killed overnight in Aleppo city a monitor said Sunday.');
    expect(a).toMatchObject({ S: 'a monitor', C: 'said', T: 'At least 29 rebels were killed overnight in Aleppo city' });
  });

  it('marks the relative pronoun as the source of "who said"', () => {
    const [a] = roles('Farmers who said the harvest was poor backed the strike.');
    expect(a?.S).toBe('who');
  });

  it('takes the clause subject for a non-finite cue', () => {
    const [a] = roles('The mayor, who flew home on Friday, has vowed to appeal.');
    expect(a?.S).toMatch(/^The mayor/);
  });

  it('skips the addressee of "told" when no "that" follows it', () => {
    expect(roles('The mayor told AFP the bridge would reopen in May.')[0]).toMatchObject({ S: 'The mayor', C: 'told', T: 'the bridge would reopen in May' });
    expect(roles('The governor told reporters 14 homes had burned.')[0]).toMatchObject({ T: '14 homes had burned' });
    // Not past a preposition, nor when no verb follows the second phrase.
    expect(roles('She warned residents of the dangers the river posed.')[0]?.T).toMatch(/^residents of the dangers/);
  });

  it('keeps a subordinate clause after the cue\'s adjuncts with the content before it', () => {
    const [a] = roles('Drones struck two power plants in the north overnight, officials said on Tuesday, as the army pressed its advance.');
    expect(a).toMatchObject({ S: 'officials', C: 'said', T: 'Drones struck two power plants in the north overnight | as the army pressed its advance' });
  });

  it('reads "…, an allegation X dismissed as Y" as X\'s reaction to the allegation', () => {
    const r = roles('Local officials said the shelling cut power to the plant, an allegation Kyiv dismissed as "cynical lies".');
    expect(r[0]).toMatchObject({ S: 'Local officials', C: 'said', T: 'the shelling cut power to the plant' });
    expect(r[1]).toMatchObject({ S: 'Kyiv', C: 'dismissed as', T: 'an allegation | "cynical lies"' });
  });

  it('does not invert a cue whose left side is no clause ("Residents, however, reported …")', () => {
    expect(roles('Residents, however, reported sporadic gunfire into the evening.')[0]).toMatchObject({ S: 'Residents', C: 'reported', T: 'sporadic gunfire into the evening' });
  });

  it('keeps an appositive after an inverted source with the source', () => {
    const [a] = roles('"The dam will not hold," said Lena Varga, a hydrologist at the state university.');
    expect(a).toMatchObject({ S: 'Lena Varga, a hydrologist at the state university', C: 'said', T: '"The dam will not hold,"' });
  });

  it('takes a bare plural venue into the cue ("said in remarks carried by …")', () => {
    const [a] = roles('The envoy said in remarks carried by state television that the truce would hold.');
    expect(a).toMatchObject({ S: 'The envoy', C: 'said in remarks', T: 'that the truce would hold' });
  });

  it('keeps a participle phrase in an "according to" source', () => {
    const [a] = roles('The director had warned the court six times, according to documents seen by Reuters.');
    expect(a).toMatchObject({ S: 'documents seen by Reuters', C: 'according to', T: 'The director had warned the court six times' });
  });

  it('keeps an appositive of an "according to" source with the source', () => {
    const [a] = roles('According to the Centre for Coastal Studies, a research group in Lisbon, the sea rose by 4 cm.');
    expect(a).toMatchObject({ S: 'the Centre for Coastal Studies, a research group in Lisbon', C: 'According to', T: 'the sea rose by 4 cm' });
  });

  it('reads an agentless passive as content without a source', () => {
    const [a] = roles('The plan was finally approved last week.');
    expect(a).toMatchObject({ S: '', T: 'The plan' });
  });
});
