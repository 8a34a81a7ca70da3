import { DataSource, EntityManager, QueryFailedError, QueryRunner } from 'typeorm';

export interface ChunkOptions {
  /** Items per transaction: one commit (one WAL flush) for this many items. */
  chunkSize: number;
  /** Chunks take this advisory lock first, so that two never wait on each other's locks. */
  lockName: string;
  /** How often an item that lost a deadlock is tried again, in a fresh transaction. */
  retries: number;
}

type Work<T, R> = (manager: EntityManager, item: T) => Promise<R>;

/**
 * Applies what it can of a chunk at once; its answers for those, undefined for the items
 * that `work` is to apply afterwards, one by one, in order.
 */
export type ChunkWork<T, R> = (
  manager: EntityManager,
  chunk: readonly T[],
) => Promise<(R | undefined)[]>;

/** PostgreSQL's "try again" errors: a deadlock victim, a serialisation failure. */
function isRetryable(error: unknown): boolean {
  const code =
    error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
  return code === '40P01' || code === '40001';
}

async function beginChunk(runner: QueryRunner, options: ChunkOptions): Promise<void> {
  await runner.startTransaction();
  await runner.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [options.lockName]);
}

/**
 * The chunk in one transaction without a savepoint per item: `together` first, then `work`
 * for the items it left. Succeeds only if every item does; else it is rolled back whole and
 * null is returned, so that the chunk is applied again item by item (with `work` alone).
 * Nothing of it is kept (nor visible) then.
 */
async function wholeChunk<T, R>(
  runner: QueryRunner,
  chunk: readonly T[],
  options: ChunkOptions,
  work: Work<T, R>,
  together: ChunkWork<T, R>,
): Promise<R[] | null> {
  await beginChunk(runner, options);
  const results: R[] = [];
  try {
    const applied = await together(runner.manager, chunk);
    for (const [i, item] of chunk.entries()) {
      results.push(applied[i] ?? (await work(runner.manager, item)));
    }
  } catch {
    await runner.rollbackTransaction();
    return null;
  }
  await runner.commitTransaction();
  return results;
}

/**
 * Items from `results.length` up to `end`, each inside a savepoint: an item that fails is
 * rolled back alone and answered by `onError`. An item that loses a deadlock commits the
 * chunk so far (releasing every lock it holds) and ends the chunk, to be tried again.
 */
async function itemByItem<T, R>(
  runner: QueryRunner,
  items: readonly T[],
  results: R[],
  end: number,
  options: ChunkOptions,
  work: Work<T, R>,
  onError: (error: unknown, item: T) => R,
  attempts: Map<number, number>,
): Promise<void> {
  await beginChunk(runner, options);
  while (results.length < end) {
    const index = results.length;
    await runner.startTransaction();
    try {
      const result = await work(runner.manager, items[index]);
      await runner.commitTransaction();
      results.push(result);
    } catch (error) {
      await runner.rollbackTransaction();
      const tried = attempts.get(index) ?? 0;
      if (isRetryable(error) && tried < options.retries) {
        attempts.set(index, tried + 1);
        break;
      }
      results.push(onError(error, items[index]));
    }
  }
  await runner.commitTransaction();
}

/**
 * Runs `work` for each item in order, many items to a transaction, with the outcome of one
 * savepoint per item: an item that fails is rolled back alone and answered by `onError`, the
 * others commit. A chunk is first tried whole, without savepoints (the usual case, where
 * every item applies), with `together` applying what it can of it at once; a chunk with a
 * failing item is then applied again item by item.
 */
export async function runInChunks<T, R>(
  dataSource: DataSource,
  items: readonly T[],
  options: ChunkOptions,
  work: Work<T, R>,
  onError: (error: unknown, item: T) => R,
  together: ChunkWork<T, R>,
): Promise<R[]> {
  const results: R[] = [];
  const attempts = new Map<number, number>();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    while (results.length < items.length) {
      const end = Math.min(results.length + options.chunkSize, items.length);
      const chunk = items.slice(results.length, end);
      const applied = await wholeChunk(runner, chunk, options, work, together);
      if (applied) results.push(...applied);
      else await itemByItem(runner, items, results, end, options, work, onError, attempts);
    }
    return results;
  } catch (error) {
    while (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}
