import { GenerationCache } from './generation-cache';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe('GenerationCache', () => {
  it('loads once and then answers from memory', async () => {
    const cache = new GenerationCache<string>(10, 60_000);
    const load = jest.fn(async () => 'first');
    expect(await cache.get('q', load)).toBe('first');
    expect(await cache.get('q', async () => 'second')).toBe('first');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads again after an invalidation', async () => {
    const cache = new GenerationCache<string>(10, 60_000);
    await cache.get('q', async () => 'before');
    cache.invalidate();
    expect(await cache.get('q', async () => 'after')).toBe('after');
  });

  it('does not keep a value whose load began before an invalidation', async () => {
    const cache = new GenerationCache<string>(10, 60_000);
    const slow = deferred<string>();
    const stale = cache.get('q', () => slow.promise);
    cache.invalidate();
    slow.resolve('read before the change');
    expect(await stale).toBe('read before the change');
    expect(cache.size).toBe(0);
    expect(await cache.get('q', async () => 'read after the change')).toBe('read after the change');
  });

  it('shares one load between callers asking at the same time', async () => {
    const cache = new GenerationCache<number>(10, 60_000);
    const pending = deferred<number>();
    const load = jest.fn(() => pending.promise);
    const both = Promise.all([cache.get('q', load), cache.get('q', load)]);
    pending.resolve(42);
    expect(await both).toEqual([42, 42]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does not share a load across an invalidation', async () => {
    const cache = new GenerationCache<string>(10, 60_000);
    const old = deferred<string>();
    const first = cache.get('q', () => old.promise);
    cache.invalidate();
    const second = cache.get('q', async () => 'new');
    old.resolve('old');
    expect(await Promise.all([first, second])).toEqual(['old', 'new']);
  });

  it('does not store a failed load, and the next caller loads again', async () => {
    const cache = new GenerationCache<string>(10, 60_000);
    await expect(cache.get('q', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('q', async () => 'up')).toBe('up');
  });

  it('drops the least recently used entry when full', async () => {
    const cache = new GenerationCache<string>(2, 60_000);
    await cache.get('a', async () => 'A');
    await cache.get('b', async () => 'B');
    await cache.get('a', async () => 'A again'); // a is now the most recently used
    await cache.get('c', async () => 'C');
    expect(await cache.get('a', async () => 'reloaded')).toBe('A');
    expect(await cache.get('b', async () => 'B reloaded')).toBe('B reloaded');
  });

  it('expires entries after the maximum age', async () => {
    let now = 1_000;
    const cache = new GenerationCache<string>(10, 500, () => now);
    await cache.get('q', async () => 'early');
    now += 499;
    expect(await cache.get('q', async () => 'late')).toBe('early');
    now += 1;
    expect(await cache.get('q', async () => 'late')).toBe('late');
  });

  it('loads every time while disabled, and starts empty when enabled again', async () => {
    const cache = new GenerationCache<string>(10, 60_000);
    await cache.get('q', async () => 'cached');
    cache.setEnabled(false);
    expect(await cache.get('q', async () => 'fresh 1')).toBe('fresh 1');
    expect(await cache.get('q', async () => 'fresh 2')).toBe('fresh 2');
    cache.setEnabled(true);
    expect(await cache.get('q', async () => 'fresh 3')).toBe('fresh 3');
    expect(await cache.get('q', async () => 'fresh 4')).toBe('fresh 3');
  });

  it('never caches with room for no entries', async () => {
    const cache = new GenerationCache<string>(0, 60_000);
    cache.setEnabled(true);
    await cache.get('q', async () => 'one');
    expect(await cache.get('q', async () => 'two')).toBe('two');
  });

  it('counts answers from memory as hits and loads as misses', async () => {
    const cache = new GenerationCache<string>(10, 60_000);
    const pending = deferred<string>();
    const shared = Promise.all([cache.get('q', () => pending.promise), cache.get('q', load)]);
    pending.resolve('loaded');
    await shared;
    await cache.get('q', load);
    await cache.get('other', load);
    expect(cache.stats).toEqual({ hits: 2, misses: 2 });
    cache.setEnabled(false);
    await cache.get('q', load);
    expect(cache.stats).toEqual({ hits: 2, misses: 3 });

    async function load() {
      return 'loaded again';
    }
  });
});
