import { Client } from 'pg';
import { BurdenService } from '../src/burden/burden.service';
import { api } from './support/api';
import { scenario } from './support/scenario';
import {
  arbetsformedlingenUnconsulted,
  competenceSupply,
  cveUnconsulted,
  dalarnaAsksItsMunicipalities,
  myvaConsultedLate,
  myvaWithdrawn,
  sentDespiteSkrAdvice,
  type SurveyResource,
  weeklySituationReport,
} from './support/seed-cases';
import { PUBLIC_DATA_LISTENER_NAME } from '../src/database/public-data-listener';
import { connect, eventually, listenerPid } from './support/cache-listener';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * A municipality's burden ledger is kept in memory, as the JSON sent, until the data behind it
 * changes. These tests change a survey and its rounds through the API, through SQL on a
 * connection of their own (as another instance would), and through SQL with triggers switched
 * off (which nobody hears of), to show that a change is never hidden by the cache, that the
 * cache is really used, and that what it sends is the ledger as BurdenService maps it.
 */
const LISTENER = PUBLIC_DATA_LISTENER_NAME;
const FALUN = '2080';

interface LedgerItem {
  reference: string;
  title: string;
  realizedHours: number;
}

const ledgerPath = (code: string, year: number) =>
  `/api/v1/local-authorities/${code}/burden?year=${year}`;

describe('burden ledger cache', () => {
  let t: TestApp;
  let sql: Client;
  let socialstyrelsen: string;
  let weekly: SurveyResource;

  /** Falun's share of the weekly situation report (case 5) in its ledger for 2020. */
  const situationReport = async (): Promise<LedgerItem | undefined> => {
    const body = (await api(t).get(ledgerPath(FALUN, 2020)).expect(200)).body as {
      items: LedgerItem[];
    };
    return body.items.find((item) => item.reference === weekly.reference);
  };
  /** Changes nobody is told about: the notification triggers do not fire for them. */
  const silently = async (statements: [string, unknown[]][]) => {
    await sql.query('BEGIN');
    await sql.query('SET LOCAL session_replication_role = replica');
    for (const [text, values] of statements) await sql.query(text, values);
    await sql.query('COMMIT');
  };
  const secondRoundAnswered = (responses: number): [string, unknown[]] => [
    'UPDATE survey_rounds SET responses = $1 WHERE survey_id = $2 AND responses = 239',
    [responses, weekly.id],
  ];

  beforeAll(async () => {
    t = await startTestApp({ FLAG_SCAN_INTERVAL_SECONDS: '0' });
    sql = await connect();
  });
  beforeEach(async () => {
    await t.reset();
    // Rounds on 1 and 8 April 2020 with 253 and 239 of 290 answering, 30 minutes each.
    socialstyrelsen = await scenario(t).agency('socialstyrelsen');
    weekly = await weeklySituationReport(t, socialstyrelsen);
    await eventually(async () => (await listenerPid(sql, LISTENER)) !== null);
  });
  afterAll(async () => {
    await sql.end();
    await t.close();
  });

  it('shares one LISTEN connection with the lookup cache', async () => {
    const { rows } = await sql.query<{ listening: number }>(
      `SELECT count(*)::int AS listening FROM pg_stat_activity
        WHERE datname = current_database() AND query ILIKE 'LISTEN%public_data_changed%'`,
    );
    expect(rows[0].listening).toBe(1);
  });

  it('answers from memory: changes to a survey and a round that nobody is told about stay unseen', async () => {
    const before = await situationReport();
    expect(before).toMatchObject({
      title: 'Lägesrapport socialtjänsten under pandemin',
      realizedHours: 0.85,
    });
    await silently([
      ['UPDATE surveys SET title = $1 WHERE id = $2', ['Ändrad i tysthet', weekly.id]],
      secondRoundAnswered(290),
    ]);
    expect(await situationReport()).toEqual(before);
  });

  it('shows a change made through the API in the very next ledger: the survey, then a round', async () => {
    expect((await situationReport())?.realizedHours).toBe(0.85);
    await scenario(t).patch(weekly.id, { title: 'Lägesrapport, version 2' });
    expect((await situationReport())?.title).toBe('Lägesrapport, version 2');
    await api(t)
      .post(`/api/v1/surveys/${weekly.id}/rounds`, {
        sentAt: '2020-04-15T09:00:00+02:00',
        responses: 290,
      })
      .expect(201);
    // (253 + 239 + 290) × 30 minutes, Falun's 1/290 of it.
    expect((await situationReport())?.realizedHours).toBe(1.35);
  });

  it('shows a change to a survey or to a round committed elsewhere once PostgreSQL tells of it', async () => {
    expect(await situationReport()).toMatchObject({ realizedHours: 0.85 });
    await sql.query('UPDATE surveys SET title = $1 WHERE id = $2', ['Ändrad av annan', weekly.id]);
    await eventually(async () => (await situationReport())?.title === 'Ändrad av annan', 20_000);
    const [text, values] = secondRoundAnswered(290);
    await sql.query(text, values);
    // (253 + 290) × 30 minutes, Falun's 1/290 of it.
    await eventually(async () => (await situationReport())?.realizedHours === 0.94, 20_000);
  });

  it('drops everything when the listening connection comes back, since it may have missed changes', async () => {
    expect((await situationReport())?.realizedHours).toBe(0.85);
    const before = await listenerPid(sql, LISTENER);
    await sql.query('SELECT pg_terminate_backend($1)', [before]);
    await silently([secondRoundAnswered(290)]);
    await eventually(async () => {
      const now = await listenerPid(sql, LISTENER);
      return now !== null && now !== before;
    });
    expect((await situationReport())?.realizedHours).toBe(0.94);
  });

  it('sends each ledger of the seed cases as BurdenService maps it, first read and from memory', async () => {
    const s = scenario(t);
    const myva = await s.agency('myva');
    await cveUnconsulted(t, await s.agency('cve'));
    await sentDespiteSkrAdvice(t, socialstyrelsen);
    await myvaConsultedLate(t, myva);
    await myvaWithdrawn(t, myva);
    await dalarnaAsksItsMunicipalities(t, await s.agency('regionDalarna'));
    await arbetsformedlingenUnconsulted(t);
    await competenceSupply(t, socialstyrelsen, await s.network());
    const burden = t.app.get(BurdenService);
    const hundredth = (
      await api(t).get('/api/v1/local-authorities?kind=municipality&limit=100').expect(200)
    ).body.items[99].code as string;

    for (const code of [FALUN, '2021', '0180', hundredth, '0980', '09']) {
      for (const year of [2019, 2020, 2021, 2022]) {
        const mapped = JSON.stringify(await burden.ledger(code, year));
        const first = await api(t).get(ledgerPath(code, year)).expect(200);
        const again = await api(t).get(ledgerPath(code, year)).expect(200);
        for (const response of [first, again]) {
          expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
          expect(response.text).toBe(mapped);
        }
        expect(again.headers.etag).toBe(first.headers.etag);
      }
    }
    const falun2020 = await api(t).get(ledgerPath(FALUN, 2020)).expect(200);
    expect(falun2020.body.items.map((item: LedgerItem) => item.reference)).toEqual([
      weekly.reference,
    ]);
    await api(t)
      .get(ledgerPath(FALUN, 2020), { 'If-None-Match': falun2020.headers.etag })
      .expect(304);
  });
});

describe('burden ledger with the cache turned off (LEDGER_CACHE_ENTRIES=0)', () => {
  let t: TestApp;
  let sql: Client;

  beforeAll(async () => {
    t = await startTestApp({ FLAG_SCAN_INTERVAL_SECONDS: '0', LEDGER_CACHE_ENTRIES: '0' });
    sql = await connect();
  });
  afterAll(async () => {
    await sql.end();
    await t.close();
  });

  it('reads the database every time', async () => {
    const survey = await weeklySituationReport(t, await scenario(t).agency('socialstyrelsen'));
    const realized = async () =>
      ((await api(t).get(ledgerPath(FALUN, 2020)).expect(200)).body.items as LedgerItem[]).find(
        (item) => item.reference === survey.reference,
      )?.realizedHours;
    expect(await realized()).toBe(0.85);
    await sql.query('BEGIN');
    await sql.query('SET LOCAL session_replication_role = replica');
    await sql.query(
      'UPDATE survey_rounds SET responses = 290 WHERE survey_id = $1 AND responses = 239',
      [survey.id],
    );
    await sql.query('COMMIT');
    expect(await realized()).toBe(0.94);
  });
});
