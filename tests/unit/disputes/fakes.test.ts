// Acceptance on multi-article cases built from FA-KES (Abu Salem et al. 2019, Zenodo 2607278,
// CC BY 4.0): the claims come from the saved fixtures, so these tests are deterministic.
import { suggestDisputes } from '../../../server/disputes';
import type { ClaimInput, Suggestion } from '../../../server/disputes/types';
import { loadFixture } from './support/fakes-events';

function run(name: string): { claims: Map<string, ClaimInput>; suggestions: Suggestion[] } {
  const { claims } = loadFixture(name);
  return { claims: new Map(claims.map((c) => [c.id, c])), suggestions: suggestDisputes(claims) };
}

const sourcesOf = (claims: Map<string, ClaimInput>, ids: string[]) => new Set(ids.map((id) => claims.get(id)?.source?.key));

describe('FA-KES: Aleppo bus-convoy bombing, 9 articles', () => {
  const { claims, suggestions } = run('aleppo-bus-convoy');
  const toll = suggestions.find((s) => s.kind === 'conflict' && /How many people were killed/.test(s.question));

  it('lines up the differing death tolls as a conflict, one position per toll', () => {
    expect(toll).toBeDefined();
    const labels = toll!.positions.map((p) => p.label);
    expect(labels).toEqual(expect.arrayContaining(['At least 22 killed', 'At least 100 killed', 'At least 126 killed']));
    expect(toll!.positions.length).toBeGreaterThanOrEqual(4);
    expect(toll!.positions.length).toBeLessThanOrEqual(6);
  });

  it('puts each source in one toll position only', () => {
    const seen = new Set<string | undefined>();
    for (const p of toll!.positions) {
      for (const s of sourcesOf(claims, p.claimIds)) {
        expect(seen.has(s)).toBe(false);
        seen.add(s);
      }
    }
  });

  it('places the Syrian Observatory at its latest toll (126) and says it updated its figures', () => {
    const p = toll!.positions.find((x) => x.label === 'At least 126 killed');
    expect(sourcesOf(claims, p!.claimIds)).toEqual(new Set(['syrian-observatory']));
    expect(toll!.signals.join(' ')).toMatch(/Syrian Observatory.*several figures/);
  });

  it('lines up the government blaming "terrorists" against a rebel group denying involvement', () => {
    const s = suggestions.find((x) => x.kind === 'conflict' && /responsible/.test(x.question));
    expect(s).toBeDefined();
    const labels = s!.positions.map((p) => p.label);
    expect(labels).toContain('Terrorists');
    expect(labels.some((l) => /Ahrar al-Sham.*denies involvement/.test(l))).toBe(true);
    const terrorists = s!.positions.find((p) => p.label === 'Terrorists')!;
    expect(sourcesOf(claims, terrorists.claimIds).has('syrian-government')).toBe(true);
  });

  it('does not count the war-long total or earlier tolls as positions', () => {
    const values = toll!.positions.map((p) => p.label);
    expect(values.join(' ')).not.toMatch(/400,000|320,000|\b20 killed/);
  });
});

describe('FA-KES: US strike on the Homs airbase, 4 articles', () => {
  const { suggestions } = run('homs-airbase-strike');

  it('lines up 5 killed (Homs governor) against 6 killed (state media), not the Idlib chemical-attack toll', () => {
    const s = suggestions.find((x) => x.kind === 'conflict' && /killed/.test(x.question));
    expect(s!.question).toBe('How many people were killed in the attack in Homs?');
    expect(s!.positions.map((p) => p.label)).toEqual(['5 killed', '6 killed']);
    expect(suggestions.flatMap((x) => x.positions.map((p) => p.label))).not.toContain('Some 80 killed');
  });

  it('corroborates seven wounded', () => {
    expect(suggestions.find((x) => x.kind === 'corroboration' && /wounded/.test(x.question))?.positions[0]?.label).toBe('7 wounded');
  });
});

describe('FA-KES: Hasakeh suicide bombing, 5 articles', () => {
  const { suggestions } = run('hasakeh-suicide-bombing');

  it('corroborates the toll of 16 killed and 40 wounded, and proposes no conflict over them', () => {
    const corroborated = suggestions.filter((x) => x.kind === 'corroboration').map((x) => x.positions[0]!.label);
    expect(corroborated).toEqual(expect.arrayContaining(['At least 16 killed', '40 wounded']));
    expect(suggestions.filter((x) => x.kind === 'conflict' && /How many/.test(x.question))).toEqual([]);
  });
});
