import { dict } from '../../server/lib/dict';
import { normaliseSourceName } from '../../server/sources/match';
import { suggestDisputes } from '../../server/disputes';
import { validateForm } from '../../server/lib/forms';
import { z } from 'zod';

const PROTO_WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

describe('words that are also Object.prototype keys', () => {
  it('are plain misses in a dict', () => {
    const d = dict({ killed: 1 });
    for (const w of PROTO_WORDS) expect(d[w]).toBeUndefined();
    expect(d.killed).toBe(1);
  });

  it.each(PROTO_WORDS)('normalise as a source name: %s', (w) => {
    expect(typeof normaliseSourceName(w)).toBe('string');
  });

  it('do not break dispute suggestions, as source keys or as words', () => {
    const claims = PROTO_WORDS.map((w, i) => ({
      id: String(i), articleId: 'a', text: `${w} said ${i + 3} people were killed by the ${w}`,
      source: { key: w, name: w, kind: 'person' as const, named: true },
    }));
    expect(() => suggestDisputes(claims)).not.toThrow();
  });
});

describe('form values', () => {
  it('lose NUL characters, which PostgreSQL text cannot store', () => {
    const r = validateForm(z.object({ title: z.string() }), { title: 'a\u0000b' });
    expect(r).toEqual({ ok: true, data: { title: 'ab' } });
  });
});
