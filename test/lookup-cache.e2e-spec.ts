import { Client } from 'pg';
import { api } from './support/api';
import { scenario } from './support/scenario';
import { PUBLIC_DATA_LISTENER_NAME } from '../src/database/public-data-listener';
import { connect, eventually, listenerPid } from './support/cache-listener';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The public lookup keeps its answers in memory until the data behind them changes. These
 * tests change data in three ways — through the API, through SQL on a connection of its own
 * (as another instance would), and through SQL with triggers switched off (which nobody
 * hears of) — to show that a change is never hidden by the cache, and that the cache is
 * really used.
 */
const LISTENER = PUBLIC_DATA_LISTENER_NAME;

interface LookupBody {
  total: number;
  items: { reference: string; title: string; verdict: string }[];
}

async function seedSentSurvey(
  t: TestApp,
  title: string,
): Promise<{ id: string; reference: string }> {
  const s = scenario(t);
  const agency = await s.agency('cve');
  const survey = await s.survey(agency, { title, plannedSendDate: '2021-02-01' });
  await s.send(survey.id, '2021-02-01T09:00:00+01:00');
  return { id: survey.id, reference: survey.reference as string };
}

describe('public lookup cache', () => {
  let t: TestApp;
  let sql: Client;
  let survey: { id: string; reference: string };

  const lookup = async (q: string): Promise<LookupBody> =>
    (
      await api(t, null)
        .get(`/api/v1/lookup?q=${encodeURIComponent(q)}`)
        .expect(200)
    ).body as LookupBody;
  const titleOf = async (reference: string) => (await lookup(reference)).items[0]?.title;
  /** A change nobody is told about: the notification triggers do not fire for it. */
  const silentlyRetitle = async (title: string) => {
    await sql.query('BEGIN');
    await sql.query('SET LOCAL session_replication_role = replica');
    await sql.query('UPDATE surveys SET title = $1 WHERE id = $2', [title, survey.id]);
    await sql.query('COMMIT');
  };

  beforeAll(async () => {
    t = await startTestApp({ FLAG_SCAN_INTERVAL_SECONDS: '0' });
    sql = await connect();
  });
  beforeEach(async () => {
    await t.reset();
    survey = await seedSentSurvey(t, 'Kartläggning av extremism i kommunerna');
    await eventually(async () => (await listenerPid(sql, LISTENER)) !== null);
  });
  afterAll(async () => {
    await sql.end();
    await t.close();
  });

  it('answers from memory: a change nobody is told about stays unseen', async () => {
    expect(await titleOf(survey.reference)).toBe('Kartläggning av extremism i kommunerna');
    await silentlyRetitle('Ändrad i tysthet');
    expect(await titleOf(survey.reference)).toBe('Kartläggning av extremism i kommunerna');
    expect((await lookup('extremism')).total).toBe(1);
  });

  it('shows a change made through the API at once, in the very next lookup', async () => {
    const s = scenario(t);
    for (const round of [1, 2, 3]) {
      expect((await lookup(survey.reference)).items[0].verdict).toBe('not_consulted');
      await s.patch(survey.id, { title: `Kartläggning, version ${round}` });
      expect(await titleOf(survey.reference)).toBe(`Kartläggning, version ${round}`);
      expect((await lookup(`version ${round}`)).total).toBe(1);
    }
  });

  it('shows a change committed elsewhere (another instance, SQL) once PostgreSQL tells of it', async () => {
    expect(await titleOf(survey.reference)).toBe('Kartläggning av extremism i kommunerna');
    await sql.query('UPDATE surveys SET title = $1 WHERE id = $2', ['Ändrad av annan', survey.id]);
    // Without the notice the answer would stay for its ten-minute safety net: seeing it sooner proves it.
    await eventually(async () => (await titleOf(survey.reference)) === 'Ändrad av annan', 20_000);
  });

  it('drops everything when the listening connection comes back, since it may have missed changes', async () => {
    expect(await titleOf(survey.reference)).toBe('Kartläggning av extremism i kommunerna');
    const before = await listenerPid(sql, LISTENER);
    await sql.query('SELECT pg_terminate_backend($1)', [before]);
    await silentlyRetitle('Ändrad medan ingen lyssnade');
    await eventually(async () => {
      const now = await listenerPid(sql, LISTENER);
      return now !== null && now !== before;
    });
    expect(await titleOf(survey.reference)).toBe('Ändrad medan ingen lyssnade');
  });
});

describe('public lookup with the cache turned off (LOOKUP_CACHE_ENTRIES=0)', () => {
  let t: TestApp;
  let sql: Client;

  beforeAll(async () => {
    // The ledger cache off too: the listener they share is then not needed at all.
    t = await startTestApp({
      FLAG_SCAN_INTERVAL_SECONDS: '0',
      LOOKUP_CACHE_ENTRIES: '0',
      LEDGER_CACHE_ENTRIES: '0',
    });
    sql = await connect();
  });
  afterAll(async () => {
    await sql.end();
    await t.close();
  });

  it('reads the database every time and does not listen', async () => {
    const survey = await seedSentSurvey(t, 'Kartläggning av extremism i kommunerna');
    const path = `/api/v1/lookup?q=${survey.reference}`;
    expect((await api(t, null).get(path).expect(200)).body.items[0].title).toBe(
      'Kartläggning av extremism i kommunerna',
    );
    await sql.query('BEGIN');
    await sql.query('SET LOCAL session_replication_role = replica');
    await sql.query('UPDATE surveys SET title = $1 WHERE id = $2', ['Direkt synlig', survey.id]);
    await sql.query('COMMIT');
    expect((await api(t, null).get(path).expect(200)).body.items[0].title).toBe('Direkt synlig');
    expect(await listenerPid(sql, LISTENER)).toBeNull();
  });
});
