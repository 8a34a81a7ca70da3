import { GroupCommit, type Outcome } from './group-commit';

/** An apply step that records its groups and finishes when told to. */
function recorder() {
  const groups: { kind: string; items: number[] }[] = [];
  const finishers: (() => void)[] = [];
  const apply = (kind: string, items: number[]): Promise<Outcome<number>[]> => {
    groups.push({ kind, items });
    return new Promise((resolve) =>
      finishers.push(() =>
        resolve(items.map((n) => (n < 0 ? { error: new Error(`bad ${n}`) } : { value: n * 10 }))),
      ),
    );
  };
  const finishNext = async () => {
    finishers.shift()!();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { groups, apply, finishNext };
}

describe('GroupCommit', () => {
  it('applies a lone item at once, and those arriving meanwhile as the next group', async () => {
    const { groups, apply, finishNext } = recorder();
    const commit = new GroupCommit(10, apply);
    const first = commit.submit('a', 1);
    const later = [2, 3, 4].map((n) => commit.submit('a', n));
    expect(groups).toEqual([{ kind: 'a', items: [1] }]);
    await finishNext();
    expect(groups).toEqual([
      { kind: 'a', items: [1] },
      { kind: 'a', items: [2, 3, 4] },
    ]);
    await finishNext();
    await expect(first).resolves.toBe(10);
    await expect(Promise.all(later)).resolves.toEqual([20, 30, 40]);
  });

  it('keeps groups to their size, kinds apart, and failures to their own item', async () => {
    const { groups, apply, finishNext } = recorder();
    const commit = new GroupCommit(2, apply);
    const results = Promise.allSettled([1, 2, -3, 4].map((n) => commit.submit('a', n)));
    const other = commit.submit('b', 5);
    expect(groups.map((g) => g.kind)).toEqual(['a', 'b']);
    await finishNext();
    await finishNext();
    await finishNext();
    await finishNext();
    expect(groups).toEqual([
      { kind: 'a', items: [1] },
      { kind: 'b', items: [5] },
      { kind: 'a', items: [2, -3] },
      { kind: 'a', items: [4] },
    ]);
    const settled = await results;
    expect(settled.map((s) => s.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    await expect(other).resolves.toBe(50);
  });

  it('rejects a whole group when applying it fails', async () => {
    const commit = new GroupCommit<number, number>(10, () => Promise.reject(new Error('down')));
    await expect(commit.submit('a', 1)).rejects.toThrow('down');
    // And goes on with the next group.
    await expect(commit.submit('a', 2)).rejects.toThrow('down');
  });

  describe('on a clock of its own', () => {
    /** Groups that take 20 ms to apply, lingering `lingerMs`; the sizes of the groups. */
    function timedCommit(lingerMs: number) {
      const sizes: number[] = [];
      const commit = new GroupCommit<number, number>(
        100,
        async (_, items) => {
          sizes.push(items.length);
          await new Promise((resolve) => setTimeout(resolve, 20));
          return items.map((n) => ({ value: n }));
        },
        lingerMs,
      );
      return { sizes, commit };
    }

    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    it('lets the next group wait a moment for the submitters just answered', async () => {
      const { sizes, commit } = timedCommit(50);
      // Eight clients, each sending its next item 2 ms after its answer.
      const client = async (id: number) => {
        for (let round = 0; round < 4; round++) {
          await commit.submit('a', id);
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
      };
      const clients = Promise.all([0, 1, 2, 3, 4, 5, 6, 7].map(client));
      await jest.advanceTimersByTimeAsync(1_000);
      await clients;
      // The first alone; then the seven that waited with the first one back: all eight at once.
      expect(sizes).toEqual([1, 8, 8, 8, 7]);
    });

    it('starts with those there when the others do not come back in time', async () => {
      const { sizes, commit } = timedCommit(5);
      // Two clients back 2 ms after their answer, two only after 30 ms: past the linger.
      // The first alone, then the three that waited with it and the first one back; the next
      // group waits 5 ms, starts with the one client back by then, and the slow two come
      // later, each applied at once.
      const client = async (id: number, pause: number) => {
        for (let round = 0; round < 2; round++) {
          await commit.submit('a', id);
          await new Promise((resolve) => setTimeout(resolve, pause));
        }
      };
      const clients = Promise.all([client(0, 2), client(1, 2), client(2, 30), client(3, 30)]);
      await jest.advanceTimersByTimeAsync(1_000);
      await clients;
      expect(sizes).toEqual([1, 4, 1, 1, 1]);
    });
  });
});
