import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

export interface ChunkOptions {
  /** Items per transaction: one commit (one WAL flush) for this many items. */
  chunkSize: number;
  /** Chunks take this advisory lock first, so that two never wait on each other's locks. */
  lockName: string;
  /** How often an item that lost a deadlock is tried again, in a fresh transaction. */
  retries: number;
}

/** PostgreSQL's "try again" errors: a deadlock victim, a serialisation failure. */
function isRetryable(error: unknown): boolean {
  const code =
    error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
  return code === '40P01' || code === '40001';
}

/**
 * Runs `work` for each item in order, many items to a transaction, each item inside a
 * savepoint: an item that fails is rolled back alone and answered by `onError`, the others
 * commit. An item that loses a deadlock commits the chunk so far (releasing every lock it
 * holds) and is tried again at the start of a new chunk.
 */
export async function runInChunks<T, R>(
  dataSource: DataSource,
  items: readonly T[],
  options: ChunkOptions,
  work: (manager: EntityManager, item: T) => Promise<R>,
  onError: (error: unknown, item: T) => R,
): Promise<R[]> {
  const results: R[] = [];
  const attempts = new Map<number, number>();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    while (results.length < items.length) {
      await runner.startTransaction();
      await runner.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        options.lockName,
      ]);
      const chunkEnd = Math.min(results.length + options.chunkSize, items.length);
      while (results.length < chunkEnd) {
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
    return results;
  } catch (error) {
    while (runner.isTransactionActive) await runner.rollbackTransaction();
    throw error;
  } finally {
    await runner.release();
  }
}
