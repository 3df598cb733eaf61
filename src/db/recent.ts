// A map that forgets its least recently used entries beyond a bound: what the worker remembers of the
// database between clicks (term-read-cache.ts, slice-row-cache.ts) is a few clicks' worth, never the corpus.

export class Recent<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly keep: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
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
