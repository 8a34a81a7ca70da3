import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { api } from './support/api';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * A registrar system's client, written only against types generated from the served
 * document (openapi-typescript) and calling through openapi-fetch: if the document and the
 * service disagree, it fails to compile or gets answers it does not expect.
 */
const REGISTRAR_CLIENT = `
import createClient from 'openapi-fetch';
import type { paths } from './schema';

export async function registrarWork(baseUrl: string, apiKey: string) {
  const client = createClient<paths>({ baseUrl, headers: { Authorization: \`Bearer \${apiKey}\` } });
  const received = {
    sourceSystem: 'diarium-a',
    externalId: 'SKR 2026/0101-1',
    type: 'survey_received' as const,
    registeredAt: '2026-03-02T09:00:00+01:00',
    agency: { name: 'Myndigheten för vård- och omsorgsanalys' },
    title: 'Enkät om väntetider i hemtjänsten',
  };
  const header = { 'Idempotency-Key': 'diarium-a-0101' };
  const first = await client.POST('/api/v1/registrations', { params: { header }, body: received });
  const replay = await client.POST('/api/v1/registrations', { params: { header }, body: received });
  const another = { ...received, externalId: 'SKR 2026/0102-1', title: 'Enkät om skolskjutsar' };
  const untitled = { ...received, externalId: 'SKR 2026/0103-1', title: '' };
  const batch = await client.POST('/api/v1/registrations/batch', {
    body: {
      items: [
        { idempotencyKey: 'diarium-a-0102', registration: another },
        { idempotencyKey: 'diarium-a-0103', registration: untitled },
      ],
    },
  });
  const listed = await client.GET('/api/v1/registrations', {
    params: { query: { sourceSystem: 'diarium-a', limit: 10 } },
  });
  if (!first.data || !replay.data || !batch.data || !listed.data) {
    const errors = [first.error, replay.error, batch.error, listed.error];
    throw new Error(\`unexpected errors: \${JSON.stringify(errors)}\`);
  }
  return {
    first: { status: first.response.status, reference: first.data.surveyReference },
    replay: { status: replay.response.status, sameRegistration: replay.data.id === first.data.id },
    batch: batch.data.results.map((result) => result.status),
    listed: {
      total: listed.data.total,
      externalIds: listed.data.items.map((item) => item.externalId),
    },
  };
}
`;

/** The same client with a registration type the contract does not have. */
const MISTAKEN_CLIENT = REGISTRAR_CLIENT.replace(
  "type: 'survey_received' as const",
  "type: 'survey_sent' as const",
);

const COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: [],
  skipLibCheck: true,
};

function typeErrors(file: string): string[] {
  const program = ts.createProgram([file], COMPILER_OPTIONS);
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

describe('a registrar client generated from the served document', () => {
  let t: TestApp;
  let folder: string;

  beforeAll(async () => {
    t = await startTestApp({ FLAG_SCAN_INTERVAL_SECONDS: '0' });
    const { default: openapiTS, astToString } = await import('openapi-typescript');
    const document = (await api(t, null).get('/docs-json').expect(200)).body as Parameters<
      typeof openapiTS
    >[0];
    // Inside the project, so that the client resolves openapi-fetch from its node_modules.
    const root = join(__dirname, '.tmp');
    await mkdir(root, { recursive: true });
    folder = await mkdtemp(join(root, 'client-'));
    await writeFile(join(folder, 'schema.d.ts'), astToString(await openapiTS(document)));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
    await t.close();
  });

  it('type-checks against the generated types', async () => {
    await writeFile(join(folder, 'client.ts'), REGISTRAR_CLIENT);
    expect(typeErrors(join(folder, 'client.ts'))).toEqual([]);
  }, 60_000);

  it('does not type-check with a registration type the document does not have', async () => {
    await writeFile(join(folder, 'mistaken.ts'), MISTAKEN_CLIENT);
    expect(typeErrors(join(folder, 'mistaken.ts')).join('\n')).toMatch(
      /type: "survey_sent"; .* is not assignable/,
    );
  }, 60_000);

  it('registers, replays, sends a batch and lists what was applied', async () => {
    const javascript = ts.transpileModule(REGISTRAR_CLIENT, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    const file = join(folder, 'client.mjs');
    await writeFile(file, javascript);
    const { registrarWork } = (await import(pathToFileURL(file).href)) as {
      registrarWork: (baseUrl: string, apiKey: string) => Promise<unknown>;
    };

    const outcome = await registrarWork(t.baseUrl, await t.keyFor('registrar', ['diarium-a']));

    expect(outcome).toEqual({
      first: { status: 201, reference: expect.stringMatching(/^ENK-\d{4}-\d{4}$/) },
      replay: { status: 201, sameRegistration: true },
      batch: [201, 400],
      listed: { total: 2, externalIds: ['SKR 2026/0101-1', 'SKR 2026/0102-1'] },
    });
  }, 60_000);
});
