/**
 * Memos for work the service repeats for repeated requests (issue #11): Apollo's document
 * store hands back the same parsed DocumentNode object, with the same nodes, for a repeated
 * query string, so a node's identity (objectId) stands for the operation text, and the
 * variables (stableJson) complete the key.
 */

/**
 * Values by key, the last `max` used kept (least recently used dropped first). A computation
 * that throws is not remembered, so errors are raised afresh each time.
 */
export class LruMemo<V> {
  readonly #values = new Map<string, V>();

  constructor(readonly max: number) {}

  get size(): number {
    return this.#values.size;
  }

  get(key: string, compute: () => V): V {
    if (this.#values.has(key)) {
      const held = this.#values.get(key)!;
      // Map keeps insertion order: re-inserting marks it the most recently used.
      this.#values.delete(key);
      this.#values.set(key, held);
      return held;
    }
    const value = compute();
    this.#values.set(key, value);
    if (this.#values.size > this.max) this.#values.delete(this.#values.keys().next().value!);
    return value;
  }
}

const ids = new WeakMap<object, number>();
let lastId = 0;

/** A number for an object, the same as long as it lives, never another's: part of a memo key that does not hold the object. */
export function objectId(o: object): number {
  let id = ids.get(o);
  if (id === undefined) ids.set(o, (id = ++lastId));
  return id;
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` are one key. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
