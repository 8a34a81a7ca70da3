import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { hashApiKey } from '../../src/auth/api-key-hash';
import { projectRoot } from './paths';

/** Quiet enough that request logging does not cost the service time during measurement. */
export const BENCH_LOG_LEVEL = 'warn';

const HOST = '127.0.0.1';
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
const LOG_TAIL_LINES = 40;
// Mirrors src/database/embedded-postgres.ts, which does not export them: the benchmark seeds
// the embedded database directly, beside the service.
const EMBEDDED_DATABASE = 'enkatkollen';
const EMBEDDED_CREDENTIALS = 'postgres:postgres';

export interface ServiceOptions {
  /** Extra environment for the service, e.g. LOOKUP_RATE_LIMIT_PER_MINUTE. */
  env?: Record<string, string>;
}

export interface RunningService {
  baseUrl: string;
  apiKey: string;
  /** Where to seed: the embedded database, or DATABASE_URL when that was given. */
  databaseUrl: string;
  embedded: boolean;
  /** What the output should say about how the service ran. */
  settings: Record<string, string>;
  /** The service's process, e.g. to read its memory from /proc/<pid>/status. */
  pid: number;
  stop(): Promise<void>;
}

const running = new Set<RunningService>();
let signalsHooked = false;

/** Ctrl-C must not leave a service, or its PostgreSQL, behind. */
function hookSignals(): void {
  if (signalsHooked) return;
  signalsHooked = true;
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: stopping the service under test`);
    void Promise.allSettled([...running].map((service) => service.stop())).then(() =>
      process.exit(130),
    );
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function answers(url: string, headers: Record<string, string> = {}): Promise<number> {
  try {
    const response = await fetch(url, { headers, signal: AbortSignal.timeout(2_000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** The embedded PostgreSQL is the service's child; if the service died hard it may linger. */
function stopOrphanedPostgres(dataDir: string): void {
  const pidFile = join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/**
 * With DATABASE_URL the database may already hold an admin key, and then BOOTSTRAP_API_KEY is
 * ignored: the benchmark adds a key of its own and revokes it when done.
 */
async function temporaryKey(
  databaseUrl: string,
): Promise<{ key: string; revoke(): Promise<void> }> {
  const key = `bench_${randomBytes(24).toString('base64url')}`;
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO api_keys (name, role, key_hash, key_prefix)
       VALUES ('benchmark (temporary)', 'admin', $1, $2) RETURNING id`,
      [hashApiKey(key), key.slice(0, 10)],
    );
    const id = rows[0].id;
    return {
      key,
      revoke: async () => {
        const revoker = new Client({ connectionString: databaseUrl });
        await revoker.connect();
        try {
          await revoker.query('UPDATE api_keys SET revoked_at = now() WHERE id = $1', [id]);
        } finally {
          await revoker.end();
        }
      },
    };
  } finally {
    await client.end();
  }
}

/**
 * Starts the built service (`node dist/src/main.js`) on free loopback ports with a fresh,
 * temporary embedded PostgreSQL, or on DATABASE_URL when that is set, and waits until
 * /health/ready answers.
 */
export async function startService(options: ServiceOptions = {}): Promise<RunningService> {
  hookSignals();
  const root = projectRoot();
  const main = join(root, 'dist', 'src', 'main.js');
  if (!existsSync(main)) throw new Error('dist/src/main.js is missing: run `npm run build` first');

  const externalUrl = process.env.DATABASE_URL?.trim() || null;
  const port = await freePort();
  const pgPort = externalUrl ? null : await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'enkatkollen-bench-'));
  const bootstrapKey = `bench_${randomBytes(24).toString('base64url')}`;
  const settings: Record<string, string> = {
    LOG_LEVEL: BENCH_LOG_LEVEL,
    // The periodic flag scan would compete with the measured requests for the two cores.
    FLAG_SCAN_INTERVAL_SECONDS: '0',
    ...options.env,
  };
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...settings,
    PORT: String(port),
    DATA_DIR: dataDir,
    BOOTSTRAP_API_KEY: bootstrapKey,
  };
  if (pgPort !== null) env.EMBEDDED_PG_PORT = String(pgPort);

  // BENCH_SERVICE_NODE_ARGS="--cpu-prof --cpu-prof-dir=prof" profiles the service under test.
  const nodeArgs = (process.env.BENCH_SERVICE_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, main], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  let quiet = false;
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      tail.push(line);
      if (tail.length > LOG_TAIL_LINES) tail.shift();
      // At LOG_LEVEL=warn anything the service says is worth seeing, except while it stops:
      // queries still queued from the last run then fail as PostgreSQL goes down.
      if (!quiet) console.error(`[service] ${line}`);
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  let revokeKey: (() => Promise<void>) | null = null;
  let stopped: Promise<void> | null = null;
  const service: RunningService = {
    baseUrl: `http://${HOST}:${port}`,
    pid: child.pid ?? 0,
    apiKey: bootstrapKey,
    databaseUrl:
      externalUrl ?? `postgres://${EMBEDDED_CREDENTIALS}@${HOST}:${pgPort}/${EMBEDDED_DATABASE}`,
    embedded: externalUrl === null,
    settings: {
      ...settings,
      database: externalUrl ? 'DATABASE_URL (external)' : 'embedded PostgreSQL, temporary DATA_DIR',
    },
    stop: () => {
      stopped ??= (async () => {
        quiet = true;
        if (revokeKey) await revokeKey().catch(() => undefined);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exited(child);
        clearTimeout(timer);
        stopOrphanedPostgres(dataDir);
        await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
        running.delete(service);
      })();
      return stopped;
    },
  };
  running.add(service);

  try {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while ((await answers(`${service.baseUrl}/health/ready`)) !== 200) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`the service exited during start:\n${tail.join('\n')}`);
      }
      if (Date.now() > deadline) throw new Error('the service was not ready within 120 s');
      await sleep(250);
    }
    const keyCheck = await answers(`${service.baseUrl}/api/v1/agencies?limit=1`, {
      authorization: `Bearer ${bootstrapKey}`,
    });
    if (keyCheck === 401 && externalUrl) {
      const temporary = await temporaryKey(externalUrl);
      service.apiKey = temporary.key;
      revokeKey = temporary.revoke;
    } else if (keyCheck !== 200) {
      throw new Error(`the bootstrap API key was not accepted (HTTP ${keyCheck})`);
    }
    return service;
  } catch (error) {
    await service.stop();
    throw error;
  }
}
