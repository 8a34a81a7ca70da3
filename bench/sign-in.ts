import { performance } from 'node:perf_hooks';
import { startService } from './lib/service';

/**
 * Sign-in and session-check cost, against a real service (its own embedded PostgreSQL):
 * 1. POST /logga-in with the argon2id parameters of PasswordHasher: p50/p95 over SIGN_INS
 *    sequential sign-ins (target: p95 < 300 ms);
 * 2. in one run, alternately: GET /health/live (baseline, no authentication), GET /api/v1/me
 *    with an API key, and GET /api/v1/me with a session cookie; the session check's extra
 *    time is the session's mean minus the key's (target: ≤ 1 ms).
 * Usage: npm run bench:build && node dist/bench/sign-in.js  (SIGN_INS, CHECKS: the counts)
 */
const SIGN_INS = Number(process.env.SIGN_INS ?? 40);
const CHECKS = Number(process.env.CHECKS ?? 2_000);
const PASSWORD = 'blå tåg över ängen i maj';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((sum, value) => sum + value, 0) / samples.length;
  return { mean, p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

function cookieOf(response: Response, name: string): string {
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith(`${name}=`));
  return cookie?.split(';')[0].split('=')[1] ?? '';
}

async function timed(run: () => Promise<Response>, status: number): Promise<number> {
  const started = performance.now();
  const response = await run();
  await response.arrayBuffer();
  const elapsed = performance.now() - started;
  if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}`);
  return elapsed;
}

async function main(): Promise<void> {
  const service = await startService({ env: { SIGN_IN_FAILURES_PER_ADDRESS: '100000' } });
  try {
    const { baseUrl, apiKey } = service;
    const email = 'bench.person@example.se';
    const created = await fetch(`${baseUrl}/api/v1/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Bench Person', email, role: 'skr', password: PASSWORD }),
    });
    if (created.status !== 201) throw new Error(`POST /users answered ${created.status}`);

    const signInTimes: number[] = [];
    let session = '';
    for (let i = 0; i < SIGN_INS; i += 1) {
      const form = await fetch(`${baseUrl}/logga-in`);
      const formCookie = cookieOf(form, 'enk_login_csrf');
      const csrfToken = /name="csrfToken" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
      let answer: Response | undefined;
      signInTimes.push(
        await timed(async () => {
          answer = await fetch(`${baseUrl}/logga-in`, {
            method: 'POST',
            redirect: 'manual',
            headers: {
              cookie: `enk_login_csrf=${formCookie}`,
              'content-type': 'application/x-www-form-urlencoded',
            },
            body: new URLSearchParams({ email, password: PASSWORD, csrfToken }).toString(),
          });
          return answer;
        }, 303),
      );
      session = cookieOf(answer!, 'enk_session');
    }

    const kinds = {
      'GET /health/live (baseline)': () => fetch(`${baseUrl}/health/live`),
      'GET /api/v1/me, API key': () =>
        fetch(`${baseUrl}/api/v1/me`, { headers: { authorization: `Bearer ${apiKey}` } }),
      'GET /api/v1/me, session cookie': () =>
        fetch(`${baseUrl}/api/v1/me`, { headers: { cookie: `enk_session=${session}` } }),
    };
    const samples: Record<string, number[]> = Object.fromEntries(
      Object.keys(kinds).map((name) => [name, []]),
    );
    for (let i = 0; i < CHECKS; i += 1) {
      for (const [name, run] of Object.entries(kinds)) samples[name].push(await timed(run, 200));
    }

    const rows = [
      ['POST /logga-in (argon2id m=19456 KiB, t=2, p=1)', summary(signInTimes)],
      ...Object.entries(samples).map(([name, values]) => [name, summary(values)] as const),
    ] as const;
    console.log(`\nSign-in: ${SIGN_INS} sequential; checks: ${CHECKS} rounds, alternating\n`);
    console.log('| request | mean ms | p50 ms | p95 ms |\n|---|---|---|---|');
    for (const [name, s] of rows) {
      console.log(`| ${name} | ${s.mean.toFixed(2)} | ${s.p50.toFixed(2)} | ${s.p95.toFixed(2)} |`);
    }
    const signInP95 = summary(signInTimes).p95;
    const extra =
      summary(samples['GET /api/v1/me, session cookie']).mean -
      summary(samples['GET /api/v1/me, API key']).mean;
    console.log(
      `\nsign-in p95 < 300 ms: ${signInP95 < 300 ? 'yes' : 'NO'} (${signInP95.toFixed(1)} ms)`,
    );
    console.log(
      `session check extra over a key check ≤ 1 ms: ${extra <= 1 ? 'yes' : 'NO'} (${extra.toFixed(3)} ms)`,
    );
  } finally {
    await service.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
