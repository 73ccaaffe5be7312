// Fast look-up of fitted feature weights. Feature names ("l|n=say|that") are what the fitting
// scripts see and what the JSON weight files store, but building those strings for every
// token and looking them up in a Map took most of the engine's time. At run time a name is
// instead hashed piece by piece (FNV-1a, no string built) and found in an open-addressing
// table filled once from the JSON. The full 32-bit hash is kept per slot, so a feature the
// model never saw scores 0 instead of borrowing another feature's weight.

const FNV_OFFSET = 0x811c9dc5;

/** Continue an FNV-1a hash over the characters of s. */
function mix(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

const BAR = '|';

/** Where feature functions send their features: "name" is prefix + parts joined with "|". */
export interface FeatureSink {
  add(prefix: string): void;
  add1(prefix: string, a: string): void;
  add2(prefix: string, a: string, b: string): void;
  add3(prefix: string, a: string, b: string, c: string): void;
}

/** Collects feature names as strings (for fitting). */
export class NameSink implements FeatureSink {
  readonly names: string[] = [];
  add(prefix: string): void { this.names.push(prefix); }
  add1(prefix: string, a: string): void { this.names.push(prefix + a); }
  add2(prefix: string, a: string, b: string): void { this.names.push(`${prefix}${a}|${b}`); }
  add3(prefix: string, a: string, b: string, c: string): void { this.names.push(`${prefix}${a}|${b}|${c}`); }
}

/** A weight table addressed by hashed feature names. */
export class HashedWeights {
  private readonly keys: Int32Array;
  private readonly values: Float32Array;
  private readonly mask: number;

  constructor(weights: Record<string, number>) {
    const entries = Object.entries(weights);
    let size = 1024;
    while (size < entries.length * 4) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.values = new Float32Array(size);
    for (const [name, w] of entries) {
      const h = mix(FNV_OFFSET, name) | 0 || 1;
      let i = h & this.mask;
      while (this.keys[i] !== 0 && this.keys[i] !== h) i = (i + 1) & this.mask;
      this.keys[i] = h;
      this.values[i] = (this.values[i] ?? 0) + w;
    }
  }

  /** Weight of the feature whose name hashes to h (0 when the model has none). */
  get(h: number): number {
    const key = h | 0 || 1;
    for (let i = key & this.mask; ; i = (i + 1) & this.mask) {
      const k = this.keys[i];
      if (k === key) return this.values[i] ?? 0;
      if (k === 0) return 0;
    }
  }

  /** A sink that sums the weights of the features sent to it. */
  scorer(): ScoreSink {
    return new ScoreSink(this);
  }
}

/** Sums feature weights; `probability()` gives the logistic of the sum. */
export class ScoreSink implements FeatureSink {
  z = 0;
  // Prefixes are a few dozen constant strings: their hashes are looked up, not recomputed.
  private readonly prefixes = new Map<string, number>();
  constructor(private readonly weights: HashedWeights) {}
  private at(h: number): void { this.z += this.weights.get(h); }
  private start(prefix: string): number {
    let h = this.prefixes.get(prefix);
    if (h === undefined) this.prefixes.set(prefix, (h = mix(FNV_OFFSET, prefix)));
    return h;
  }
  add(prefix: string): void { this.at(this.start(prefix)); }
  add1(prefix: string, a: string): void { this.at(mix(this.start(prefix), a)); }
  add2(prefix: string, a: string, b: string): void { this.at(mix(mix(mix(this.start(prefix), a), BAR), b)); }
  add3(prefix: string, a: string, b: string, c: string): void { this.at(mix(mix(mix(mix(mix(this.start(prefix), a), BAR), b), BAR), c)); }
  /** Reset for the next example. */
  reset(): this { this.z = 0; return this; }
  probability(): number { return 1 / (1 + Math.exp(-this.z)); }
}
