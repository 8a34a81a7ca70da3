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
 */
export class GroupCommit<T, R> {
  private readonly waiting = new Map<string, Waiting<T, R>[]>();
  private readonly applying = new Set<string>();

  constructor(
    private readonly maxGroup: number,
    private readonly apply: (kind: string, items: T[]) => Promise<Outcome<R>[]>,
  ) {}

  submit(kind: string, item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const queue = this.waiting.get(kind) ?? [];
      queue.push({ item, resolve, reject });
      this.waiting.set(kind, queue);
      void this.drain(kind);
    });
  }

  private async drain(kind: string): Promise<void> {
    if (this.applying.has(kind)) return;
    this.applying.add(kind);
    try {
      let queue = this.waiting.get(kind);
      while (queue && queue.length > 0) {
        const group = queue.splice(0, this.maxGroup);
        await this.settle(kind, group);
        queue = this.waiting.get(kind);
      }
      this.waiting.delete(kind);
    } finally {
      this.applying.delete(kind);
    }
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
