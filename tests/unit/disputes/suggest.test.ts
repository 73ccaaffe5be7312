import { suggestDisputes } from '../../../server/disputes';
import type { ClaimInput, Suggestion } from '../../../server/disputes/types';
import { claim } from './support/claims';

const counts = (s: Suggestion[]) => s.filter((x) => x.key.includes(':count:'));

describe('suggestDisputes: numbers for the same quantity', () => {
  it('lines up 4 killed against 12 killed from different sources', () => {
    const a = claim('army', 'four people were killed in the strike');
    const b = claim('medics', 'at least 12 dead after the strike');
    const [s] = counts(suggestDisputes([a, b]));
    expect(s).toMatchObject({ kind: 'conflict', question: 'How many people were killed in the strike?' });
    expect(s!.positions).toEqual([
      { label: '4 killed', claimIds: [a.id] },
      { label: 'At least 12 killed', claimIds: [b.id] },
    ]);
    expect(s!.signals[0]).toBe('different numbers for the same quantity: 4 vs 12 killed');
  });

  it('marks the same number from independent sources as a corroboration', () => {
    const cs = [claim('police', 'four people were killed'), claim('hospital', 'at least four dead'), claim('witness', '4 people died')];
    const [s] = counts(suggestDisputes(cs));
    expect(s).toMatchObject({ kind: 'corroboration', positions: [{ claimIds: cs.map((c) => c.id) }] });
  });

  it('does not propose a conflict whose positions all come from one source', () => {
    expect(counts(suggestDisputes([claim('army', 'four people were killed'), claim('army', '12 people were killed')]))).toEqual([]);
  });

  it('places a source that updated its toll at its latest (highest) figure', () => {
    const cs = [claim('monitor', '24 people were killed'), claim('monitor', 'the toll rose to 43 dead'), claim('agency', '30 people were killed')];
    const [s] = counts(suggestDisputes(cs));
    expect(s!.positions.map((p) => p.label)).toEqual(['30 killed', '43 killed']);
    expect(s!.positions[1]!.claimIds).toEqual([cs[0]!.id, cs[1]!.id]);
  });

  it('keeps counts of different groups apart (children vs people, killed vs wounded)', () => {
    const cs = [claim('a', '68 children were killed'), claim('b', '126 people were killed'), claim('c', '40 people were wounded')];
    expect(counts(suggestDisputes(cs))).toEqual([]);
  });

  it('lets an unsourced claim stand for its publisher', () => {
    const s = counts(suggestDisputes([claim(null, 'five people were killed', { articleId: 'x' }), claim(null, 'nine people were killed', { articleId: 'y' })]));
    expect(s).toHaveLength(1);
  });

  it('lets "confirmed the toll" corroborate the count stated just before it', () => {
    const a = claim('official', 'four people were killed');
    const b = claim('security source', 'the toll', { cue: 'confirmed' });
    const [s] = counts(suggestDisputes([a, b]));
    expect(s).toMatchObject({ kind: 'corroboration', positions: [{ claimIds: [a.id, b.id] }] });
  });
});

describe('suggestDisputes: characterisation, targets, blame, denial', () => {
  it('lines up "defensive" against "aggression" for the same strike', () => {
    const a = claim('us', 'US forces carried out a defensive strike');
    const b = claim('iraq', 'the strike was a blatant aggression');
    const s = suggestDisputes([a, b]).find((x) => x.key.includes('legitimacy'));
    expect(s).toMatchObject({ question: 'Was the strike a defensive act or an aggression?' });
    expect(s!.positions.map((p) => p.claimIds)).toEqual([[a.id], [b.id]]);
  });

  it('lines up different targets of the same strike', () => {
    const a = claim('army', 'the air strike targeted militants preparing an attack');
    const b = claim('group', 'the strike hit a hospital');
    const s = suggestDisputes([a, b]).find((x) => x.key.includes('target'));
    expect(s).toMatchObject({ question: 'What did the strike target?', score: 0.85 });
  });

  it('lines up opposing blame and a denial of involvement', () => {
    const cs = [claim('government', 'the attack on terrorists', { cue: 'blamed' }), claim('rebel group', 'any involvement in the bombing', { cue: 'denied' })];
    const s = suggestDisputes(cs).find((x) => x.key.includes('blame'));
    expect(s!.question).toBe('Who is responsible for the attack?');
    expect(s!.positions.map((p) => p.label)).toEqual(['Terrorists', 'Rebel group denies involvement']);
  });

  it('lines up a denial against the claim it contradicts', () => {
    const a = claim('opposition', 'government aircraft dropped chlorine barrels on the town');
    const b = claim('ministry', 'reports that aircraft dropped chlorine barrels on the town are fabricated');
    const s = suggestDisputes([a, b]).find((x) => x.key.includes('denial'));
    expect(s!.positions.map((p) => p.claimIds)).toEqual([[a.id], [b.id]]);
  });

  it('proposes nothing for agreeing or unrelated claims', () => {
    expect(suggestDisputes([claim('a', 'the convoy waited at the garage'), claim('b', 'talks resumed in the capital')])).toEqual([]);
  });
});

describe('suggestDisputes: keys, options and ranking', () => {
  const cs = [claim('army', 'four people were killed'), claim('medics', '12 people were killed'), claim('us', 'a defensive strike'), claim('iraq', 'the strike was an aggression')];

  it('gives the same key for the same claims whatever their order', () => {
    const keys = suggestDisputes(cs).map((s) => s.key).sort();
    expect(suggestDisputes([...cs].reverse()).map((s) => s.key).sort()).toEqual(keys);
  });

  it('never proposes a dismissed suggestion again', () => {
    const [first] = suggestDisputes(cs);
    expect(suggestDisputes(cs, { dismissedKeys: [first!.key] }).map((s) => s.key)).not.toContain(first!.key);
  });

  it('returns suggestions best first, scores in 0..1, and honours maxSuggestions', () => {
    const all = suggestDisputes(cs);
    expect(all.map((s) => s.score)).toEqual([...all.map((s) => s.score)].sort((a, b) => b - a));
    for (const s of all) {
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
    expect(suggestDisputes(cs, { maxSuggestions: 1 })).toHaveLength(1);
  });
});

describe('suggestDisputes: robustness', () => {
  it('returns nothing for no claims', () => {
    expect(suggestDisputes([])).toEqual([]);
  });

  it('never throws on empty, odd or malformed claims', () => {
    const odd = [
      claim('a', ''),
      claim(null, '   '),
      claim('b', '1 2 3 4 5 killed killed dead'),
      claim('c', '"""'),
      claim('d', 'x'.repeat(20000)),
      { id: 'bad', articleId: 'z', text: undefined, source: null } as unknown as ClaimInput,
      null as unknown as ClaimInput,
    ];
    expect(() => suggestDisputes(odd)).not.toThrow();
    expect(() => suggestDisputes(undefined as unknown as ClaimInput[])).not.toThrow();
  });

  it('handles 5,000 claims in well under two seconds', () => {
    const words = 'strike attack bombing convoy village civilians militants army rebels government hospital market residents officials drones base'.split(' ');
    const many: ClaimInput[] = Array.from({ length: 5000 }, (_, i) => {
      const w = (k: number) => words[(i * 7 + k * 13) % words.length];
      const text =
        i % 5 === 0 ? `${(i % 37) + 2} people were killed in the ${w(1)}` :
        i % 7 === 0 ? `the ${w(2)} was a defensive strike on ${w(3)}` :
        i % 11 === 0 ? `the ${w(4)} was a heinous crime and aggression` :
        `the ${w(1)} near the ${w(2)} hit ${w(3)} and ${w(4)} ${i}`;
      return claim(`source${i % 60}`, text, { articleId: `a${i % 200}` });
    });
    const s = suggestDisputes(many);
    expect(s.length).toBeLessThanOrEqual(20);
  });
});

describe('suggestDisputes: dense cases', () => {
  it('handles 5,000 claims that all carry counts, targets, framing, blame or denial ', () => {
    const kinds = [
      'the air strike targeted civilians in the town of X{i} killing {n} people',
      'the strike hit militants and was a defensive act',
      'the government blamed the attack on terrorists and rebels denied any involvement',
      'reports that {n} people died are false and fabricated',
      'a heinous crime and blatant aggression against residents of Y{i}',
    ];
    const many = Array.from({ length: 5000 }, (_, i) =>
      claim(`s${i % 80}`, kinds[i % 5]!.replace('{n}', String(i % 50)).replace('{i}', String(i % 30)), { articleId: `a${i % 100}` }),
    );
    expect(() => suggestDisputes(many)).not.toThrow();
  });
});

describe('suggestDisputes: hostile text', () => {
  it('copes with pathological claims (one 5,000-character word before an attack verb)', () => {
    const text = `${'x'.repeat(4900)} attacked the town`;
    const cs = Array.from({ length: 20 }, (_, i) => claim(`s${i}`, text));
    expect(() => suggestDisputes(cs)).not.toThrow();
  });
});

describe('suggestDisputes: unseen kinds of cases', () => {
  const mk = (src: string, text: string, cue = 'said', articleId = src) => claim(src, text, { cue, articleId });

  it('lines up a range against a single toll, and a perpetrator against a counter-accusation', () => {
    const cs = [
      mk('military', 'a misfired rocket launched by Islamic Jihad hit the hospital car park'),
      mk('health ministry', 'the Israeli air strike on the hospital killed 471 people'),
      mk('intelligence', 'between 100 and 300 people were killed in the blast'),
      mk('islamic jihad', 'the claims are lies and Israel was responsible for the massacre'),
    ];
    const s = suggestDisputes(cs);
    expect(s.find((x) => x.key.includes(':count:'))!.positions.map((p) => p.label)).toEqual(['100–300 killed', '471 killed']);
    expect(s.find((x) => x.key.includes('blame'))!.positions.map((p) => p.label)).toEqual(['Islamic Jihad', 'Israel']);
  });

  it('lines up military targets against a residential building, and a denial against the report', () => {
    const cs = [
      mk('defence ministry', 'its forces struck military targets and energy facilities'),
      mk('mayor', 'the drone strike hit a residential building killing three civilians'),
      mk('defence ministry', 'reports of strikes on civilian buildings are false', 'said', 'other'),
    ];
    const s = suggestDisputes(cs);
    expect(s.find((x) => x.key.includes('target'))).toMatchObject({ question: 'What did the strike target?', score: 0.85 });
    expect(s.find((x) => x.key.includes('target'))!.positions.map((p) => p.label)).toEqual(['Military targets', 'Residential building']);
    expect(s.find((x) => x.key.includes('denial'))!.positions[1]!.label).toBe('Reports of strikes on civilian buildings are false');
  });
});

describe('suggestDisputes: incidents in round-up articles', () => {
  it('does not line up counts from incidents in places that share nothing', () => {
    const cs = [
      claim('agency', 'two civilians were killed in rocket attacks on neighborhoods in Deir Ezzor city'),
      claim('ministry', 'seven civilians were killed in shelling in Aleppo'),
    ];
    expect(suggestDisputes(cs).filter((s) => s.key.includes(':count:'))).toEqual([]);
  });

  it('still lines up counts from claims that name no place', () => {
    const cs = [claim('agency', 'two civilians were killed in Deir Ezzor'), claim('ministry', 'seven civilians were killed')];
    expect(suggestDisputes(cs).filter((s) => s.key.includes(':count:'))).toHaveLength(1);
  });
});
