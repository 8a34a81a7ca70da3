/** Answers from memory, and loads (a load shared by callers at the same time counts once). */
export interface CacheStats {
  hits: number;
  misses: number;
}

/**
 * A bounded cache of loaded values that can be invalidated at any moment, also while a load
 * is under way: `invalidate()` starts a new generation, and a value whose load began in an
 * older generation is handed to its caller but never stored, so nothing read before a change
 * outlives the change. Identical loads under way at the same time share one load.
 * Least recently used entries go first when full; entries also expire after `maxAgeMs`.
 */
export class GenerationCache<Value> {
  private readonly entries = new Map<string, { value: Value; storedAt: number }>();
  private readonly loading = new Map<string, Promise<Value>>();
  private generation = 0;
  private enabled: boolean;
  readonly stats: CacheStats = { hits: 0, misses: 0 };

  constructor(
    private readonly maxEntries: number,
    private readonly maxAgeMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.enabled = maxEntries > 0;
  }

  get size(): number {
    return this.entries.size;
  }

  async get(key: string, load: () => Promise<Value>): Promise<Value> {
    if (!this.enabled) {
      this.stats.misses += 1;
      return load();
    }
    const entry = this.entries.get(key);
    if (entry && this.now() - entry.storedAt < this.maxAgeMs) {
      this.stats.hits += 1;
      // Map keeps insertion order: re-inserting makes this the most recently used.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.value;
    }
    const loadKey = `${this.generation}\u0000${key}`;
    const underWay = this.loading.get(loadKey);
    if (underWay) {
      this.stats.hits += 1;
      return underWay;
    }
    this.stats.misses += 1;
    const generation = this.generation;
    const loaded = load().then((value) => {
      if (this.enabled && generation === this.generation) this.store(key, value);
      return value;
    });
    this.loading.set(loadKey, loaded);
    const forget = () => this.loading.delete(loadKey);
    loaded.then(forget, forget);
    return loaded;
  }

  /** Everything stored or being loaded now may be out of date. */
  invalidate(): void {
    this.generation += 1;
    this.entries.clear();
    this.loading.clear();
  }

  /** Off: every get loads (e.g. while changes cannot be heard of). On again: starts empty. */
  setEnabled(enabled: boolean): void {
    this.invalidate();
    this.enabled = enabled && this.maxEntries > 0;
  }

  private store(key: string, value: Value): void {
    this.entries.delete(key);
    this.entries.set(key, { value, storedAt: this.now() });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}
