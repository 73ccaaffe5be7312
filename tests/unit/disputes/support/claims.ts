// A tiny factory for claims in unit tests.
import type { ClaimInput } from '../../../../server/disputes/types';

let seq = 0;

/** A claim by `source` (a key doubling as the name) saying `text`, in article `articleId`. */
export function claim(source: string | null, text: string, extra: Partial<ClaimInput> = {}): ClaimInput {
  seq += 1;
  return {
    id: extra.id ?? `c${seq}`,
    articleId: extra.articleId ?? 'art1',
    text,
    source: source === null ? null : { key: source, name: source, kind: 'organization', named: true },
    ...extra,
  };
}
