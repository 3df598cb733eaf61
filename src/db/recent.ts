// What the worker remembers of the database between clicks (term-read-cache.ts, slice-row-cache.ts): maps that
// forget their least recently used entries beyond a bound, a few clicks' worth, never the corpus; and the one
// way to read through them.

export class Recent<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly keep: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.keep) this.entries.delete(this.entries.keys().next().value!);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The values of `keys`: from `memory` where it holds them, the rest asked of `read` in one request and
 *  remembered. A key `read` does not answer is left out of the result (and asked again next time). */
export async function rememberedOrRead<K, V>(
  keys: readonly K[],
  memory: Recent<K, V> | null,
  read: (missing: K[]) => Promise<Iterable<readonly [K, V]>>,
): Promise<Map<K, V>> {
  const found = new Map<K, V>();
  const missing: K[] = [];
  for (const key of keys) {
    const known = memory?.get(key);
    if (known === undefined) missing.push(key);
    else found.set(key, known);
  }
  if (missing.length) {
    for (const [key, value] of await read(missing)) {
      found.set(key, value);
      memory?.set(key, value);
    }
  }
  return found;
}
