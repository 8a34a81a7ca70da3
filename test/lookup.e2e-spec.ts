import { api } from './support/api';
import { expectError, type PageBody } from './support/e2e-helpers';
import { scenario } from './support/scenario';
import {
  caseAgencies,
  arbetsformedlingenUnconsulted,
  consultedFirstNetworkDeclined,
  cveUnconsulted,
  dalarnaAsksItsMunicipalities,
  myvaConsultedLate,
  myvaWithdrawn,
  sentDespiteSkrAdvice,
} from './support/seed-cases';
import { startTestApp, TestApp } from './support/test-app';

interface LookupItemView {
  reference: string;
  title: string;
  agency: { name: string; shortName: string | null; kind: string };
  status: string;
  sentAt: string | null;
  responseDeadline: string | null;
  voluntary: boolean | null;
  recipientCount: number;
  coverLetter: { statesConsultation: boolean; voluntariness: string } | null;
  consultation: { status: string; outcome: string | null; completedAt: string | null };
  networkDecision: string | null;
  verdict: string;
  openFlags: string[];
}

type LookupBody = PageBody<LookupItemView>;

/** The seed cases of domain.md, built through the API; references by case. */
interface Cases {
  cve: string;
  advisedAgainst: string;
  consultedFirst: string;
  consultedLate: string;
  dalarna: string;
  withdrawn: string;
  draft: string;
  arbetsformedlingen: string;
}

async function seedCases(t: TestApp): Promise<Cases> {
  const s = scenario(t);
  const { cve, socialstyrelsen, myva, regionDalarna, network } = await caseAgencies(t);

  const cveSurvey = await cveUnconsulted(t, cve, {
    survey: { responseDeadline: '2021-03-01T23:59:00+01:00' },
  });
  const advised = await sentDespiteSkrAdvice(t, socialstyrelsen);
  const consultedFirst = await consultedFirstNetworkDeclined(t, socialstyrelsen, network);
  const consultedLate = await myvaConsultedLate(t, myva);
  const dalarnaRequest = await dalarnaAsksItsMunicipalities(t, regionDalarna);
  const withdrawn = await myvaWithdrawn(t, myva);
  const afSurvey = await arbetsformedlingenUnconsulted(t);
  const draft = await s.survey(socialstyrelsen, {
    title: 'Utkast om hemlöshet i socialtjänsten',
    plannedSendDate: '2021-09-01',
  });

  return {
    cve: cveSurvey.reference,
    advisedAgainst: advised.reference,
    consultedFirst: consultedFirst.reference,
    consultedLate: consultedLate.reference,
    dalarna: dalarnaRequest.reference,
    withdrawn: withdrawn.reference,
    draft: draft.reference as string,
    arbetsformedlingen: afSurvey.reference,
  };
}

function lookupPath(q: string, extra = ''): string {
  return `/api/v1/lookup?q=${encodeURIComponent(q)}${extra}`;
}

describe('public lookup', () => {
  let t: TestApp;
  let cases: Cases;

  const lookup = async (q: string, extra = ''): Promise<LookupBody> =>
    (await api(t, null).get(lookupPath(q, extra)).expect(200)).body as LookupBody;
  const references = (body: LookupBody) => body.items.map((item) => item.reference);
  const only = async (q: string): Promise<LookupItemView> => {
    const body = await lookup(q);
    expect(references(body)).toHaveLength(1);
    return body.items[0];
  };

  beforeAll(async () => {
    t = await startTestApp({ FLAG_SCAN_INTERVAL_SECONDS: '0' });
    cases = await seedCases(t);
  });
  afterAll(() => t.close());

  describe('verdicts for the seed cases', () => {
    it('CVE sent without consulting SKR: not_consulted, with the whole public item', async () => {
      const item = await only(cases.cve);
      expect(item).toEqual({
        reference: cases.cve,
        title: 'Kartläggning av kommunernas arbete mot våldsbejakande extremism',
        agency: {
          name: 'Center mot våldsbejakande extremism',
          shortName: 'CVE',
          kind: 'state_agency',
        },
        status: 'sent',
        sentAt: '2021-02-01T08:00:00.000Z',
        responseDeadline: '2021-03-01T22:59:00.000Z',
        voluntary: true,
        recipientCount: 290,
        coverLetter: null,
        consultation: { status: 'none', outcome: null, completedAt: null },
        networkDecision: null,
        verdict: 'not_consulted',
        openFlags: ['SENT_WITHOUT_CONSULTATION'],
      });
    });

    it('Socialstyrelsen advised against and sent the same day: consulted_advised_against', async () => {
      const item = await only(cases.advisedAgainst);
      expect(item.verdict).toBe('consulted_advised_against');
      expect(item.consultation).toEqual({
        status: 'completed',
        outcome: 'advised_against',
        completedAt: '2021-04-06T07:00:00.000Z',
      });
      expect(item.openFlags).toContain('SENT_DESPITE_SKR_ADVICE');
      expect(item.openFlags).not.toContain('SENT_WITHOUT_CONSULTATION');
    });

    it('consulted with no objection before sending: consulted, with the network decision', async () => {
      const item = await only(cases.consultedFirst);
      expect(item.verdict).toBe('consulted');
      expect(item.consultation).toEqual({
        status: 'completed',
        outcome: 'no_objection',
        completedAt: '2020-09-01T08:00:00.000Z',
      });
      expect(item.networkDecision).toBe('declined');
      expect(item.openFlags).toContain('SENT_DESPITE_NETWORK_DECLINE');
    });

    it('consultation completed only after sending: not_consulted', async () => {
      const item = await only(cases.consultedLate);
      expect(item.verdict).toBe('not_consulted');
      expect(item.consultation).toEqual({
        status: 'completed',
        outcome: 'no_objection',
        completedAt: '2021-05-10T08:00:00.000Z',
      });
      expect(item.openFlags).toContain('SENT_WITHOUT_CONSULTATION');
    });

    it('Region Dalarna asking its municipalities: not_required', async () => {
      const item = await only(cases.dalarna);
      expect(item).toMatchObject({
        verdict: 'not_required',
        agency: { name: 'Region Dalarna', shortName: null, kind: 'region' },
        recipientCount: 3,
        responseDeadline: '2020-09-28T10:00:00.000Z',
      });
      expect(item.openFlags).toContain('SHORT_RESPONSE_WINDOW');
      expect(item.openFlags).not.toContain('SENT_WITHOUT_CONSULTATION');
    });

    it('shows a withdrawn survey with its status; consulted before it was dropped', async () => {
      const item = await only(cases.withdrawn);
      expect(item).toMatchObject({
        status: 'withdrawn',
        sentAt: null,
        verdict: 'consulted',
        consultation: { status: 'completed', outcome: 'withdrawn_by_agency' },
      });
    });
  });

  describe('what is public', () => {
    it('never shows a draft, not even by its exact reference or title', async () => {
      expect(await lookup(cases.draft)).toEqual({ items: [], total: 0, limit: 20, offset: 0 });
      expect((await lookup('hemlöshet')).total).toBe(0);
      expect(references(await lookup('Socialstyrelsen'))).not.toContain(cases.draft);
    });

    it('needs no key, and a wrong key does not stop it', async () => {
      await api(t, null).get(lookupPath('CVE')).expect(200);
      const withBadKey = await api(t, 'not-a-real-key').get(lookupPath('CVE')).expect(200);
      expect((withBadKey.body as LookupBody).total).toBe(1);
    });
  });

  describe('matching and order', () => {
    it('finds a reference exactly, in any case', async () => {
      expect(references(await lookup(cases.cve.toLowerCase()))).toEqual([cases.cve]);
      expect(references(await lookup(`  ${cases.dalarna}  `))).toEqual([cases.dalarna]);
    });

    it('finds title words in any order and case, all of them required', async () => {
      expect(references(await lookup('EXTREMISM våldsbejakande'))).toEqual([cases.cve]);
      expect(references(await lookup('ÄLDREOMSORGENS'))).toEqual([cases.consultedLate]);
      expect((await lookup('extremism äldreomsorgens')).total).toBe(0);
    });

    it('finds by agency short name or name, newest sent first', async () => {
      expect(references(await lookup('cve'))).toEqual([cases.cve]);
      expect(references(await lookup('socialstyrelsen'))).toEqual([
        cases.advisedAgainst,
        cases.consultedFirst,
      ]);
      expect(references(await lookup('Myndigheten för vård- och omsorgsanalys'))).toEqual([
        cases.consultedLate,
        cases.withdrawn,
      ]);
    });

    it('combines an agency word with title words', async () => {
      expect(references(await lookup('Socialstyrelsen kompetensförsörjning'))).toEqual([
        cases.consultedFirst,
      ]);
    });

    it('orders all matches by send date, newest first', async () => {
      expect(references(await lookup('socialtjänsten'))).toEqual([
        cases.advisedAgainst,
        cases.dalarna,
        cases.consultedFirst,
      ]);
    });

    it('takes LIKE wildcards literally', async () => {
      expect((await lookup('%_%')).total).toBe(0);
      expect((await lookup('socialt_änsten')).total).toBe(0);
    });

    it('leaves out short words unless they name an agency', async () => {
      expect(references(await lookup('extremism i kommunernas'))).toEqual([cases.cve]);
      expect(await lookup('om i')).toEqual({ items: [], total: 0, limit: 20, offset: 0 });
      expect(references(await lookup('af'))).toEqual([cases.arbetsformedlingen]);
      expect(references(await lookup('AF kommunernas'))).toEqual([cases.arbetsformedlingen]);
    });

    it('pages with limit and offset and reports the total', async () => {
      const body = await lookup('socialtjänsten', '&limit=1&offset=1');
      expect(body).toMatchObject({ total: 3, limit: 1, offset: 1 });
      expect(references(body)).toEqual([cases.dalarna]);
      const beyond = await lookup('socialtjänsten', '&offset=10');
      expect(beyond).toEqual({ items: [], total: 3, limit: 20, offset: 10 });
    });
  });

  describe('bad input', () => {
    it('rejects a missing q', async () => {
      expectError(await api(t, null).get('/api/v1/lookup'), 400, 'VALIDATION_FAILED', 'q');
    });

    it('rejects a q longer than 200 characters, and a blank one', async () => {
      const long = await api(t, null).get(lookupPath('a'.repeat(201)));
      expectError(long, 400, 'VALIDATION_FAILED', 'q');
      expectError(await api(t, null).get(lookupPath('   ')), 400, 'VALIDATION_FAILED', 'q');
      await api(t, null)
        .get(lookupPath('a'.repeat(200)))
        .expect(200);
    });

    it('rejects unknown parameters and a limit above 100', async () => {
      const unknown = await api(t, null).get(lookupPath('CVE', '&status=draft'));
      expectError(unknown, 400, 'VALIDATION_FAILED', 'status');
      expectError(
        await api(t, null).get(lookupPath('CVE', '&limit=101')),
        400,
        'VALIDATION_FAILED',
        'limit',
      );
    });

    it('rejects a repeated q', async () => {
      expectError(await api(t, null).get('/api/v1/lookup?q=a&q=b'), 400, 'VALIDATION_FAILED', 'q');
    });
  });
});

describe('public lookup rate limit', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ LOOKUP_RATE_LIMIT_PER_MINUTE: '5', FLAG_SCAN_INTERVAL_SECONDS: '0' });
  });
  afterAll(() => t.close());

  it('answers 429 RATE_LIMITED after the limit per minute, and only for the public routes', async () => {
    for (let i = 0; i < 5; i += 1) {
      const ok = await api(t, null).get(lookupPath('CVE')).expect(200);
      expect(ok.headers['x-ratelimit-remaining']).toBe(String(4 - i));
    }
    const limited = await api(t, null).get(lookupPath('CVE'));
    expectError(limited, 429, 'RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);

    await api(t).get('/api/v1/surveys').expect(200);
    await api(t, null).get('/health/live').expect(200);
  });
});
