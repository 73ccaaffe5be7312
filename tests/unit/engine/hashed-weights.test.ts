import { HashedWeights, NameSink } from '../../../server/engine/hashed-weights';
import type { FeatureSink } from '../../../server/engine/hashed-weights';

/** A feature function exercising every arity of the sink. */
function emit(out: FeatureSink): void {
  out.add('b');
  out.add1('w=', 'said');
  out.add2('l|n=', 'say', 'that');
  out.add3('l|nc2=', 'say', 'that', 'pron');
}

describe('hashed weights', () => {
  it('names features the way the scorer hashes them', () => {
    const names = new NameSink();
    emit(names);
    expect(names.names).toEqual(['b', 'w=said', 'l|n=say|that', 'l|nc2=say|that|pron']);
    const weights: Record<string, number> = { b: -1, 'w=said': 2, 'l|n=say|that': 0.5, 'l|nc2=say|that|pron': 0.25 };
    const scorer = new HashedWeights(weights).scorer();
    emit(scorer);
    expect(scorer.z).toBeCloseTo(1.75, 5);
    expect(scorer.probability()).toBeCloseTo(1 / (1 + Math.exp(-1.75)), 5);
  });

  it('scores a feature the model never saw as zero', () => {
    const scorer = new HashedWeights({ 'w=said': 2 }).scorer();
    scorer.add1('w=', 'unseen');
    scorer.add2('l|n=', 'say', 'whether');
    expect(scorer.z).toBe(0);
  });

  it('starts from zero again after reset', () => {
    const scorer = new HashedWeights({ b: 3 }).scorer();
    scorer.add('b');
    expect(scorer.reset().z).toBe(0);
  });
});
