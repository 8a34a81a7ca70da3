import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { api } from './support/api';
import { startTestApp, type TestApp } from './support/test-app';

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
}

const CLI = require.resolve('@redocly/cli/bin/cli.js');
const CONFIG = join(__dirname, '..', 'redocly.yaml');

/** `redocly lint` with the project's rules; it exits non-zero on errors, so read its report. */
async function lint(document: object): Promise<LintReport> {
  const folder = await mkdtemp(join(tmpdir(), 'openapi-lint-'));
  try {
    const file = join(folder, 'openapi.json');
    await writeFile(file, JSON.stringify(document));
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [CLI, 'lint', file, '--config', CONFIG, '--format', 'json', '--max-problems', '1000'],
      {
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        maxBuffer: 16 * 1024 * 1024,
      },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    return JSON.parse(stdout) as LintReport;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const described = (report: LintReport) =>
  report.problems.map((p) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`);

describe('the served OpenAPI document under redocly lint', () => {
  let t: TestApp;
  let document: { paths: Record<string, Record<string, { summary?: string }>> };

  beforeAll(async () => {
    t = await startTestApp();
    document = (await api(t, null).get('/docs-json').expect(200)).body;
  });
  afterAll(() => t.close());

  it('has no error and no warning', async () => {
    const report = await lint(document);
    expect(described(report)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);

  it('would report an operation without a summary (the lint runs with these rules)', async () => {
    const broken = structuredClone(document);
    delete broken.paths['/api/v1/surveys'].get.summary;
    const report = await lint(broken);
    expect(described(report)).toEqual([
      expect.stringMatching(/^operation-summary at #\/paths\/~1api~1v1~1surveys\/get/),
    ]);
  }, 60_000);
});
