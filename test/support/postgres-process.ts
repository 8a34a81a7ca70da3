import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A PostgreSQL server of a spec's own, in a child process (test/support/pg-server.mjs), that
 * the spec can stop and start again on the same data and port. The folder lies under
 * test/.tmp, open to the postgres user that the server runs as when the tests run as root.
 */
export class PostgresProcess {
  private child: ChildProcessWithoutNullStreams | null = null;

  private constructor(
    readonly folder: string,
    readonly port: number,
  ) {}

  static async create(): Promise<PostgresProcess> {
    const root = join(process.cwd(), 'test', '.tmp');
    await mkdir(root, { recursive: true });
    const folder = await mkdtemp(join(root, 'pg-outage-'));
    await chmod(folder, 0o755);
    return new PostgresProcess(folder, await freePort());
  }

  get url(): string {
    return `postgres://postgres:postgres@127.0.0.1:${this.port}/postgres`;
  }

  /** Starts the server (initialising the cluster the first time); resolves once it accepts. */
  start(timeoutMs = 90_000): Promise<void> {
    const child = spawn(
      process.execPath,
      [join(__dirname, 'pg-server.mjs'), join(this.folder, 'data'), String(this.port)],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    this.child = child;
    return new Promise((resolve, reject) => {
      let stderr = '';
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`PostgreSQL did not start within ${timeoutMs} ms: ${stderr}`));
      }, timeoutMs);
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('"ready":true')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`PostgreSQL exited with ${code} before it was ready: ${stderr}`));
      });
    });
  }

  /** A fast shutdown: open sessions are terminated, as when the database goes away. */
  stop(timeoutMs = 30_000): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`PostgreSQL did not stop within ${timeoutMs} ms`));
      }, timeoutMs);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.stdin.write('stop\n');
    });
  }

  async destroy(): Promise<void> {
    await this.stop().catch(() => undefined);
    await rm(this.folder, { recursive: true, force: true });
  }
}
