import { startService, type TestApp, withTestKeys } from './test-app';

export interface AppOnDatabaseOptions {
  /** Defaults to the run's test database (DATABASE_URL from the global setup). */
  databaseUrl?: string;
  env?: Record<string, string>;
  /**
   * Empty the database on start, like startTestApp. False for a second instance, or a
   * restarted one, that must find what the first left behind.
   */
  emptyOnStart: boolean;
}

/**
 * The whole service like startTestApp, on a database of the caller's choice and without
 * necessarily emptying it on start: several instances on one database, restarts, a database
 * of a spec's own. reset() empties the database, like startTestApp's. Every instance gets an
 * admin key of its own on start; keys live in the database, so instances share them.
 */
export async function startAppOnDatabase(options: AppOnDatabaseOptions): Promise<TestApp> {
  const service = await startService(options.env, options.databaseUrl);
  return withTestKeys(service, options.emptyOnStart);
}
