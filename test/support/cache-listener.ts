import { Client } from 'pg';

/** A connection of the test's own to the test database, as another instance would have. */
export async function connect(): Promise<Client> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  return client;
}

/** The backend of a cache's LISTEN connection, found by its application name. */
export async function listenerPid(sql: Client, applicationName: string): Promise<number | null> {
  const { rows } = await sql.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND query ILIKE 'LISTEN%'`,
    [applicationName],
  );
  return rows[0]?.pid ?? null;
}

/** Waits until the condition holds, or fails after `ms`. */
export async function eventually(condition: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
