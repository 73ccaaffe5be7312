import { FRAME_KEEP_THRESHOLD, frameFeatures, frameKeepProbability, keepFrame } from '../../../server/engine/frame-filter';
import type { FrameView } from '../../../server/engine/frame-filter';
import { buildFrames } from '../../../server/engine/frames';
import { findCues } from '../../../server/engine/cues';
import { tokenize } from '../../../server/engine/tokens';
import { NameSink } from '../../../server/engine/hashed-weights';
import { extractAttributions } from '../../../server/engine/index';

/** The views of a sentence's frames, as index.ts builds them. */
function views(text: string): FrameView[] {
  const toks = tokenize(text);
  const inQuote = (): boolean => false;
  const frames = buildFrames({ text, toks, inQuote }, findCues(toks, inQuote));
  return frames.map((frame, index) => ({
    toks,
    frame,
    contentToks: frame.content.map(([s, e]) => {
      const a = toks.findIndex((t) => t.end > s);
      let b = a;
      while (b + 1 < toks.length && (toks[b + 1]?.start ?? Infinity) < e) b++;
      return [a, b] as [number, number];
    }),
    inQuote,
    index,
    count: frames.length,
    sentence: 3,
  }));
}

describe('frame gate', () => {
  it('describes a frame by its grammar: shape, source kind, content opener', () => {
    const [v] = views('The harbour master said that the ferry would sail at noon.');
    expect(v).toBeDefined();
    const names = new NameSink();
    frameFeatures(v as FrameView, names);
    expect(names.names).toEqual(expect.arrayContaining(['b', 'shape=forward', 'src=noun', 'open=that', 'l=say']));
  });

  it('reads a relative pronoun source as such', () => {
    const [v] = views('The coach, who said the team was tired, left early.');
    const names = new NameSink();
    frameFeatures(v as FrameView, names);
    expect(names.names).toContain('src=rel');
  });

  it('keeps a plain report with a named source', () => {
    const [v] = views('Mayor Anna Berg said the bridge will reopen on Friday.');
    expect(frameKeepProbability(v as FrameView)).toBeGreaterThan(FRAME_KEEP_THRESHOLD);
    expect(keepFrame(v as FrameView)).toBe(true);
  });

  it('always keeps wire-copy cue verbs', () => {
    const [v] = views('A police source confirmed the figure.');
    expect(keepFrame(v as FrameView)).toBe(true);
  });

  it('gives probabilities in (0, 1)', () => {
    for (const v of views('The lawyer argued the ruling was unfair, and the judge denied the request.')) {
      const p = frameKeepProbability(v);
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(1);
    }
  });

  it('reports every frame, with features, when collecting for fitting', () => {
    const seen: string[][] = [];
    extractAttributions('The pilot told reporters that the runway was icy. The airline said it would investigate.', { collectFrames: (f) => seen.push(f) });
    expect(seen.length).toBe(2);
    for (const f of seen) expect(f).toContain('b');
  });
});
