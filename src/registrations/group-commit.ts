/** What one member of a group came to: a value, or the error it failed with. */
export type Outcome<R> = { value: R } | { error: unknown };

interface Waiting<T, R> {
  item: T;
  resolve: (value: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: items submitted while a group of their kind is being applied wait, and are
 * then applied together as the next group, up to `maxGroup` at a time. One group of a kind at
 * a time; each submitter gets its own item's outcome. Under load this turns many small
 * transactions (each waiting for the one before to commit) into few large ones; alone, an
 * item is applied at once, by itself.
 *
 * After a group of several, the next one waits up to `lingerMs` for the submitters just
 * answered to come back (as PostgreSQL's commit_delay waits for other commits): one group of
 * all of them costs less than two groups of half, which is what they would settle into.
 */
export class GroupCommit<T, R> {
  private readonly waiting = new Map<string, Waiting<T, R>[]>();
  private readonly applying = new Set<string>();
  /** Per kind, while lingering: called when an item arrives. */
  private readonly arrivals = new Map<string, () => void>();

  constructor(
    private readonly maxGroup: number,
    private readonly apply: (kind: string, items: T[]) => Promise<Outcome<R>[]>,
    private readonly lingerMs = 0,
  ) {}

  submit(kind: string, item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queueOf(kind).push({ item, resolve, reject });
      this.arrivals.get(kind)?.();
      void this.drain(kind);
    });
  }

  private async drain(kind: string): Promise<void> {
    if (this.applying.has(kind)) return;
    this.applying.add(kind);
    try {
      /** The submitters of the last group and those who waited for it. */
      let active = 0;
      for (;;) {
        const queue = this.queueOf(kind);
        if (active > 1) await this.linger(kind, queue, Math.min(active, this.maxGroup));
        if (queue.length === 0) break;
        const group = queue.splice(0, this.maxGroup);
        await this.settle(kind, group);
        active = group.length + queue.length;
      }
      this.waiting.delete(kind);
    } finally {
      this.applying.delete(kind);
    }
  }

  private queueOf(kind: string): Waiting<T, R>[] {
    const queue = this.waiting.get(kind) ?? [];
    this.waiting.set(kind, queue);
    return queue;
  }

  /** Until the queue holds `size` items, or `lingerMs` has passed. */
  private async linger(kind: string, queue: readonly unknown[], size: number): Promise<void> {
    if (this.lingerMs <= 0 || queue.length >= size) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, this.lingerMs);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.arrivals.set(kind, () => {
        if (queue.length >= size) done();
      });
    });
    this.arrivals.delete(kind);
  }

  private async settle(kind: string, group: Waiting<T, R>[]): Promise<void> {
    try {
      const outcomes = await this.apply(
        kind,
        group.map((waiting) => waiting.item),
      );
      group.forEach((waiting, i) => {
        const outcome = outcomes[i];
        if ('value' in outcome) waiting.resolve(outcome.value);
        else waiting.reject(outcome.error);
      });
    } catch (error) {
      for (const waiting of group) waiting.reject(error);
    }
  }
}
