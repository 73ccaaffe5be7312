import { colourSlots, initials, segment, type Mark } from '../../server/lib/highlight';

describe('segment', () => {
  const text = 'The group said the strike hit "drone experts" at dawn.';
  const content: Mark = { start: 15, end: 53, kind: 'content', claimId: 1 };
  const cue: Mark = { start: 10, end: 14, kind: 'cue', claimId: 1 };
  const source: Mark = { start: 0, end: 9, kind: 'source', claimId: 1 };

  it('cuts the text at every mark boundary and keeps every character exactly once', () => {
    const segs = segment(text, [content, cue, source]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.find((s) => s.text === 'said')?.cue).toEqual([1]);
    expect(segs.find((s) => s.text === 'The group')?.source).toEqual([1]);
    expect(segs.find((s) => s.start === 15)?.starts).toEqual([1]);
  });

  it('lists the innermost claim first where contents nest', () => {
    const inner: Mark = { start: 30, end: 45, kind: 'content', claimId: 2 };
    const seg = segment(text, [content, inner]).find((s) => s.start === 30)!;
    expect(seg.content).toEqual([2, 1]);
    expect(seg.starts).toEqual([2]);
  });

  it('limits itself to a paragraph range and ignores empty or outside marks', () => {
    const segs = segment(text, [content, { start: 3, end: 3, kind: 'cue', claimId: 9 }, { start: 100, end: 120, kind: 'cue', claimId: 8 }], 20, 40);
    expect(segs.map((s) => s.text).join('')).toBe(text.slice(20, 40));
    expect(segs.every((s) => s.content.includes(1))).toBe(true);
  });

  it('handles a 1 MB text with 5,000 claims', () => {
    const long = 'word '.repeat(200_000);
    const marks: Mark[] = Array.from({ length: 5000 }, (_, i) => ({ start: i * 200, end: i * 200 + 150, kind: 'content' as const, claimId: i }));
    const segs = segment(long, marks);
    expect(segs).toHaveLength(10_000);
    expect(segs.filter((s) => s.starts.length === 1)).toHaveLength(5000);
  });
});

describe('source labels', () => {
  it.each([
    ['Kataeb Hezbollah', 'KH'],
    ['US defence official', 'UDO'],
    ['Hashed al-Shaabi', 'HS'],
    ['the Pentagon', 'P'],
    ['', '?'],
  ])('labels %s as %s', (name, label) => expect(initials(name)).toBe(label));

  it('gives sources colours in order of appearance', () => {
    const slots = colourSlots([7, 3, 7, null, 12]);
    expect([slots.get(7), slots.get(3), slots.get(12), slots.has(null)]).toEqual([0, 1, 2, false]);
  });
});
