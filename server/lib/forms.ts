// Validation at the edge: one zod schema per form. Failures become per-field messages,
// and the submitted values go back into the re-rendered form.
import { z } from 'zod';

// A field missing from the submission altogether (a hand-made or truncated request) gets
// words a person understands instead of zod's "expected string, received undefined".
z.config({
  customError: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'This field is required.' : undefined),
});

export type FormResult<T> =
  | { ok: true; data: T }
  | { ok: false; errors: Record<string, string>; values: Record<string, string> };

/** The body with NUL characters removed from its strings: PostgreSQL text cannot hold them. */
function withoutNul(body: unknown): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v === 'string' ? v.replaceAll('\u0000', '') : v]));
}

/** Parses a urlencoded body with `schema`; the first message per field is kept. */
export function validateForm<S extends z.ZodType>(schema: S, body: unknown): FormResult<z.infer<S>> {
  const result = schema.safeParse(withoutNul(body) ?? {});
  if (result.success) return { ok: true, data: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '_form');
    errors[key] ??= issue.message;
  }
  return { ok: false, errors, values: formValues(body) };
}

/** The string fields of a body, for redisplay (never passwords). */
export function formValues(body: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (body && typeof body === 'object') {
    for (const [k, v] of Object.entries(body)) {
      if (typeof v === 'string' && !/password|_csrf/i.test(k)) out[k] = v;
    }
  }
  return out;
}
