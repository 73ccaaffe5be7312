// Lookup tables keyed by words from user text must not inherit from Object.prototype:
// with a plain object, a text containing "constructor" or "__proto__" finds a function
// where a number or string was expected (found by the hostile-input sweep).

/** A frozen, prototype-less copy of `entries`, safe to index with any string. */
export function dict<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
