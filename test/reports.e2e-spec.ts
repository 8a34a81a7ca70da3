import request from 'supertest';
import { foldSql, foldText } from '../src/intake/text-fold';
import { api } from './support/api';
import { dbSnapshot, expectError, type HistoryEntry } from './support/e2e-helpers';
import { scenario } from './support/scenario';
import { startTestApp, TestApp } from './support/test-app';

interface ReportBody {
  reportId: string;
  matched: boolean;
  alreadyReported: boolean;
  survey: {
    id: string;
    reference: string;
    title: string;
    status: string;
    sentAt: string | null;
    reportedFromField: boolean;
    recipientScope: string;
    recipientCodes: string[];
    recipientCount: number;
    agency: { id: string; name: string; kind: string };
    coverLetter: { statesConsultation: boolean } | null;
    openFlags: string[];
  };
}

interface FieldReportsBody {
  surveyId: string;
  surveyReference: string;
  count: number;
  localAuthorityCodes: string[];
  items: { localAuthorityCode: string; localAuthorityName: string; title: string }[];
}

const CVE_LETTER =
  'Center mot våldsbejakande extremism (CVE) genomför en kartläggning av kommunernas arbete ' +
  'mot våldsbejakande extremism. Enkäten riktar sig till socialchefen. ' +
  'Vi ber er besvara enkäten senast den 1 mars 2021.';

/** Counts of what a report writes, beside the general snapshot. */
async function reportTables(t: TestApp) {
  const rows: { field_reports: number; agencies: number }[] = await t.dataSource.query(
    `SELECT (SELECT count(*) FROM field_reports)::int AS field_reports,
            (SELECT count(*) FROM agencies)::int AS agencies`,
  );
  return rows[0];
}

describe('reports from the field', () => {
  let t: TestApp;
  let s: ReturnType<typeof scenario>;
  let networkKey: string;

  const report = (body: Record<string, unknown>, key = networkKey) =>
    api(t, key).post('/api/v1/reports', body);

  async function reported(body: Record<string, unknown>, status = 201): Promise<ReportBody> {
    const response = await report(body);
    // The body is part of the failure message: it says why the service refused.
    expect(`${response.status} ${JSON.stringify(response.body)}`).toMatch(
      new RegExp(`^${status} `),
    );
    return response.body as ReportBody;
  }

  async function fieldReports(surveyKey: string): Promise<FieldReportsBody> {
    return (await api(t).get(`/api/v1/surveys/${surveyKey}/reports`).expect(200))
      .body as FieldReportsBody;
  }

  /** A Socialstyrelsen survey with this title, sent on 6 April 2021, for reports to match. */
  async function sentBySocialstyrelsen(title: string) {
    const sos = await s.agency('socialstyrelsen');
    const survey = await s.survey(sos, { title });
    await s.send(survey.id, '2021-04-06T15:00:00+02:00');
    return { sos, survey };
  }

  beforeAll(async () => {
    t = await startTestApp({ FLAG_SCAN_INTERVAL_SECONDS: '0' });
    s = scenario(t);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    networkKey = await t.keyFor('network');
  });

  describe('matching a registered survey', () => {
    it('links five municipalities reporting title variants to the one survey, and not another survey', async () => {
      const { sos, survey } = await sentBySocialstyrelsen('Enkät om första linjens chefer');
      const reports = [
        { code: '0180', title: 'Enkät om första linjens chefer', agencyName: 'Socialstyrelsen' },
        {
          code: '1280',
          title: 'Enkät – första linjens chefer i hemtjänsten',
          agencyName: 'SOCIALSTYRELSEN',
        },
        { code: '1480', title: 'Första linjens chefer – enkät', agencyName: 'SoS' },
        {
          code: '2080',
          title: 'Enkät till första linjens chefer inom socialtjänsten',
          agencyName: '202100-5554',
        },
        { code: '2081', title: 'Forsta linjens chefer i socialtjansten', agencyId: sos },
      ];
      for (const [i, item] of reports.entries()) {
        const { code, ...rest } = item;
        const body = await reported({
          localAuthorityCode: code,
          receivedAt: `2021-04-0${7 + (i % 3)}T09:30:00+02:00`,
          ...rest,
        });
        expect({ code, matched: body.matched, surveyId: body.survey.id }).toEqual({
          code,
          matched: true,
          surveyId: survey.id,
        });
      }
      const other = await reported({
        localAuthorityCode: '2062',
        receivedAt: '2021-04-08T10:00:00+02:00',
        agencyName: 'Socialstyrelsen',
        title: 'Enkät om kompetensförsörjning',
      });
      expect(other.matched).toBe(false);
      expect(other.survey.id).not.toBe(survey.id);
      expect(other.survey).toMatchObject({
        title: 'Enkät om kompetensförsörjning',
        reportedFromField: true,
        agency: { id: sos },
      });

      const linked = await fieldReports(survey.id as string);
      expect(linked).toMatchObject({
        surveyId: survey.id,
        count: 5,
        localAuthorityCodes: ['0180', '1280', '1480', '2080', '2081'],
      });
      expect(linked.items.map((item) => item.localAuthorityName).sort()).toEqual([
        'Borlänge',
        'Falun',
        'Göteborg',
        'Malmö',
        'Stockholm',
      ]);
      // SKR's own registration of the recipients is not rewritten by reports.
      const after = await s.get(survey.id as string);
      expect(after).toMatchObject({ recipientScope: 'all_municipalities', recipientCount: 290 });
      const history = (await api(t).get(`/api/v1/surveys/${survey.id}/history`).expect(200)).body
        .items as HistoryEntry[];
      expect(history.filter((entry) => entry.action === 'field_report.recorded')).toHaveLength(5);
      expect((await reportTables(t)).agencies).toBe(1);
    });

    it('matches by reference even when the title says something else', async () => {
      const { survey } = await sentBySocialstyrelsen('Kartläggning av hemtjänstens chefer');
      const body = await reported({
        localAuthorityCode: '2080',
        receivedAt: '2021-09-01T08:00:00+02:00',
        agencyName: 'Socialstyrelsen',
        title: 'Frågor från myndigheten',
        surveyReference: (survey.reference as string).toLowerCase(),
      });
      expect(body).toMatchObject({ matched: true, survey: { id: survey.id } });
      expect((await fieldReports(survey.reference as string)).count).toBe(1);
    });

    it('sends a registered draft that a municipality received, and flags it', async () => {
      const cve = await s.agency('cve');
      const draft = await s.survey(cve, {
        title: 'Kartläggning av arbetet mot våldsbejakande extremism',
        plannedSendDate: '2021-02-15',
      });
      const body = await reported({
        localAuthorityCode: '2080',
        receivedAt: '2021-02-03T10:15:00+01:00',
        agencyName: 'CVE',
        title: 'Kartläggning – arbetet mot våldsbejakande extremism',
      });
      expect(body).toMatchObject({
        matched: true,
        survey: { id: draft.id, status: 'sent', sentAt: '2021-02-03T09:15:00.000Z' },
      });
      expect(body.survey.openFlags).toContain('SENT_WITHOUT_CONSULTATION');
      const sent: { n: number }[] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM outbox_events WHERE type = 'survey.sent' AND survey_id = $1`,
        [draft.id],
      );
      expect(sent[0].n).toBe(1);
    });

    it('keeps the cover letter a report brings when the survey had none, and reads it', async () => {
      const sos = await s.agency('socialstyrelsen');
      const survey = await s.survey(sos, { title: 'Enkät om första linjens chefer' });
      await s.consult(survey.id, '2021-03-25T10:00:00+01:00', {
        completedAt: '2021-04-01T09:00:00+02:00',
        outcome: 'no_objection',
      });
      await s.send(survey.id, '2021-04-06T15:00:00+02:00');
      const body = await reported({
        localAuthorityCode: '2080',
        receivedAt: '2021-04-07T09:00:00+02:00',
        agencyId: sos,
        title: 'Enkät om första linjens chefer',
        coverLetterText: 'Socialstyrelsen vill veta hur första linjens chefer har det.',
      });
      expect(body).toMatchObject({ matched: true, survey: { id: survey.id } });
      expect(body.survey.coverLetter).toMatchObject({ statesConsultation: false });
      expect(body.survey.openFlags).toEqual(
        expect.arrayContaining(['COVER_LETTER_MISSING_CONSULTATION', 'VOLUNTARINESS_UNCLEAR']),
      );
    });

    it('answers 200 with the earlier report when the same authority reports again', async () => {
      const { sos, survey } = await sentBySocialstyrelsen('Enkät om första linjens chefer');
      const first = await reported({
        localAuthorityCode: '2080',
        receivedAt: '2021-04-07T09:00:00+02:00',
        agencyId: sos,
        title: 'Enkät om första linjens chefer',
      });
      const before = await dbSnapshot(t.dataSource);
      const again = await reported(
        {
          localAuthorityCode: '2080',
          receivedAt: '2021-04-08T09:00:00+02:00',
          agencyName: 'Socialstyrelsen',
          title: 'Första linjens chefer – enkät',
        },
        200,
      );
      expect(again).toMatchObject({
        reportId: first.reportId,
        matched: true,
        alreadyReported: true,
        survey: { id: survey.id },
      });
      expect(await dbSnapshot(t.dataSource)).toEqual(before);
      expect((await fieldReports(survey.id as string)).count).toBe(1);
    });

    it('does not match a withdrawn survey, or one sent outside the window', async () => {
      const sos = await s.agency('socialstyrelsen');
      const withdrawn = await s.survey(sos, { title: 'Enkät om första linjens chefer' });
      await api(t)
        .post(`/api/v1/surveys/${withdrawn.id}/withdraw`, { reason: 'Befintlig statistik räcker' })
        .expect(200);
      const old = await s.survey(sos, { title: 'Enkät om första linjens chefer' });
      await s.send(old.id, '2020-09-01T09:00:00+02:00');
      const body = await reported({
        localAuthorityCode: '2080',
        receivedAt: '2021-04-07T09:00:00+02:00',
        agencyId: sos,
        title: 'Enkät om första linjens chefer',
      });
      expect(body.matched).toBe(false);
      expect([withdrawn.id, old.id]).not.toContain(body.survey.id);
    });
  });

  describe('a survey nobody registered', () => {
    it('CVE: registers a sent survey reported from the field, SENT_WITHOUT_CONSULTATION', async () => {
      const cve = await s.agency('cve');
      const body = await reported({
        localAuthorityCode: '2080',
        receivedAt: '2021-02-03T10:15:00+01:00',
        agencyName: 'Center mot valdsbejakande extremism',
        title: 'Kartläggning av kommunernas arbete mot våldsbejakande extremism',
        coverLetterText: CVE_LETTER,
      });
      expect(body).toMatchObject({
        matched: false,
        alreadyReported: false,
        survey: {
          status: 'sent',
          sentAt: '2021-02-03T09:15:00.000Z',
          reportedFromField: true,
          recipientScope: 'selected',
          recipientCodes: ['2080'],
          recipientCount: 1,
          agency: { id: cve, kind: 'state_agency' },
          coverLetter: { statesConsultation: false },
        },
      });
      expect(body.survey.openFlags).toEqual(
        expect.arrayContaining(['SENT_WITHOUT_CONSULTATION', 'COVER_LETTER_MISSING_CONSULTATION']),
      );
      const flags = await s.flags(body.survey.id, 'open');
      expect(flags.find((flag) => flag.code === 'SENT_WITHOUT_CONSULTATION')).toMatchObject({
        severity: 'critical',
      });
    });

    it('widens the recipients as more authorities report it; sent when first received', async () => {
      await s.agency('cve');
      const first = await reported({
        localAuthorityCode: '2080',
        receivedAt: '2021-02-03T10:15:00+01:00',
        agencyName: 'CVE',
        title: 'Kartläggning av kommunernas arbete mot våldsbejakande extremism',
      });
      const later = [
        ['0180', '2021-02-04T08:00:00+01:00'],
        ['1280', '2021-02-02T16:00:00+01:00'],
        ['20', '2021-02-05T08:00:00+01:00'],
      ];
      for (const [code, receivedAt] of later) {
        const body = await reported({
          localAuthorityCode: code,
          receivedAt,
          agencyName: 'cve',
          title: 'Kartläggning – kommunernas arbete mot extremism',
        });
        expect({ code, matched: body.matched, id: body.survey.id }).toEqual({
          code,
          matched: true,
          id: first.survey.id,
        });
      }
      const survey = await s.get(first.survey.id);
      expect(survey).toMatchObject({
        recipientScope: 'selected',
        recipientCodes: ['0180', '1280', '20', '2080'],
        recipientCount: 4,
        sentAt: '2021-02-02T15:00:00.000Z',
      });
      expect(survey.openFlags).toContain('SENT_WITHOUT_CONSULTATION');
      expect((await fieldReports(first.survey.reference)).count).toBe(4);
    });

    it('registers an unknown agency as a state agency marked for review, once', async () => {
      const first = await reported({
        localAuthorityCode: '2080',
        receivedAt: '2021-05-03T10:00:00+02:00',
        agencyName: 'Myndigheten för digital förvaltning',
        title: 'Enkät om digitala tjänster i socialtjänsten',
      });
      expect(first.matched).toBe(false);
      const agency = (await api(t).get(`/api/v1/agencies/${first.survey.agency.id}`).expect(200))
        .body as { name: string; kind: string; needsReview: boolean };
      expect(agency).toMatchObject({
        name: 'Myndigheten för digital förvaltning',
        kind: 'state_agency',
        needsReview: true,
      });
      expect(first.survey.openFlags).toContain('SENT_WITHOUT_CONSULTATION');

      const second = await reported({
        localAuthorityCode: '2081',
        receivedAt: '2021-05-04T10:00:00+02:00',
        agencyName: '  MYNDIGHETEN FOR  DIGITAL FORVALTNING ',
        title: 'Digitala tjänster i socialtjänsten – enkät',
      });
      expect(second).toMatchObject({ matched: true, survey: { id: first.survey.id } });
      expect((await reportTables(t)).agencies).toBe(1);
    });

    it('registers one survey when five authorities report it at the same moment', async () => {
      await s.agency('cve');
      const codes = ['0180', '1280', '1480', '2080', '2081'];
      const responses = await Promise.all(
        codes.map((code) =>
          report({
            localAuthorityCode: code,
            receivedAt: '2021-02-03T10:15:00+01:00',
            agencyName: 'CVE',
            title: 'Kartläggning av kommunernas arbete mot våldsbejakande extremism',
          }),
        ),
      );
      expect(responses.map((response) => response.status)).toEqual(Array(5).fill(201));
      const ids = new Set(responses.map((response) => (response.body as ReportBody).survey.id));
      expect(ids.size).toBe(1);
      expect(responses.filter((r) => !(r.body as ReportBody).matched)).toHaveLength(1);
      const [survey] = [...ids];
      expect((await s.get(survey)).recipientCodes).toEqual(codes);
    });
  });

  it('registers one agency and one survey when an unknown agency is reported five times at once', async () => {
    const codes = ['0180', '1280', '1480', '2080', '2081'];
    const responses = await Promise.all(
      codes.map((code, i) =>
        report({
          localAuthorityCode: code,
          receivedAt: '2021-05-03T10:00:00+02:00',
          agencyName:
            i % 2 === 0
              ? 'Myndigheten för digital förvaltning'
              : 'MYNDIGHETEN FÖR DIGITAL FÖRVALTNING',
          title: 'Enkät om digitala tjänster i socialtjänsten',
        }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(5).fill(201));
    expect(new Set(responses.map((r) => (r.body as ReportBody).survey.id)).size).toBe(1);
    expect(await reportTables(t)).toEqual({ field_reports: 5, agencies: 1 });
  });

  describe('bad input writes nothing', () => {
    const valid = {
      localAuthorityCode: '2080',
      receivedAt: '2021-02-03T10:15:00+01:00',
      agencyName: 'Center mot våldsbejakande extremism',
      title: 'Kartläggning av kommunernas arbete mot våldsbejakande extremism',
    };
    const cases: [string, Record<string, unknown>, string][] = [
      ['neither agency field', { ...valid, agencyName: undefined }, 'agencyId'],
      [
        'both agency fields',
        { ...valid, agencyId: '00000000-0000-4000-8000-000000000000' },
        'agencyName',
      ],
      ['an unknown authority', { ...valid, localAuthorityCode: '9999' }, 'localAuthorityCode'],
      ['a malformed authority code', { ...valid, localAuthorityCode: '208' }, 'localAuthorityCode'],
      ['a receipt without offset', { ...valid, receivedAt: '2021-02-03T10:15:00' }, 'receivedAt'],
      [
        'a receipt in the future',
        { ...valid, receivedAt: '2999-01-01T10:00:00+01:00' },
        'receivedAt',
      ],
      ['a blank title', { ...valid, title: '   ' }, 'title'],
      ['a title too long', { ...valid, title: 'x'.repeat(301) }, 'title'],
      ['an unknown field', { ...valid, municipality: 'Falun' }, 'municipality'],
      [
        'an unknown agencyId',
        { ...valid, agencyName: undefined, agencyId: '00000000-0000-4000-8000-000000000000' },
        'agencyId',
      ],
      ['a malformed agencyId', { ...valid, agencyName: undefined, agencyId: 'cve' }, 'agencyId'],
      ['an unknown org number as name', { ...valid, agencyName: '202100-5554' }, 'agencyName'],
      ['an unknown reference', { ...valid, surveyReference: 'ENK-2021-0999' }, 'surveyReference'],
      ['a malformed reference', { ...valid, surveyReference: 'ENK-21-1' }, 'surveyReference'],
    ];

    it.each(cases)('rejects %s with 400', async (_name, body, field) => {
      await s.agency('cve');
      const before = { ...(await dbSnapshot(t.dataSource)), ...(await reportTables(t)) };
      expectError(await report(body), 400, 'VALIDATION_FAILED', field);
      expect({ ...(await dbSnapshot(t.dataSource)), ...(await reportTables(t)) }).toEqual(before);
    });

    it('rejects a reference to another agency’s survey', async () => {
      const sos = await s.agency('socialstyrelsen');
      const cve = await s.agency('cve');
      const survey = await s.survey(sos);
      const before = await reportTables(t);
      expectError(
        await report({
          ...valid,
          agencyName: undefined,
          agencyId: cve,
          surveyReference: survey.reference,
        }),
        400,
        'VALIDATION_FAILED',
        'agencyId',
      );
      expect(await reportTables(t)).toEqual(before);
    });

    it('rejects a body that is not JSON', async () => {
      const response = await request(t.baseUrl)
        .post('/api/v1/reports')
        .set('Authorization', `Bearer ${networkKey}`)
        .set('Content-Type', 'application/json')
        .send('{"title": ');
      expectError(response, 400, 'VALIDATION_FAILED');
    });
  });

  describe('who may report', () => {
    const body = {
      localAuthorityCode: '2080',
      receivedAt: '2021-02-03T10:15:00+01:00',
      agencyName: 'CVE',
      title: 'Kartläggning',
    };

    it('needs a key (401) of the network, skr or admin role (403 for a registrar)', async () => {
      expectError(await report(body, null as unknown as string), 401, 'UNAUTHENTICATED');
      expectError(await report(body, await t.keyFor('registrar')), 403, 'FORBIDDEN');
      expect((await report(body, await t.keyFor('skr'))).status).toBe(201);
      expect((await report({ ...body, localAuthorityCode: '2081' }, t.adminKey)).status).toBe(201);
    });

    it('lists the reports of a survey by id or reference, 404 for an unknown survey', async () => {
      const created = await reported(body);
      const byId = await fieldReports(created.survey.id);
      expect(await fieldReports(created.survey.reference)).toEqual(byId);
      expect(byId.items[0]).toMatchObject({ localAuthorityCode: '2080', title: 'Kartläggning' });
      expectError(
        await api(t).get('/api/v1/surveys/00000000-0000-4000-8000-000000000000/reports'),
        404,
        'NOT_FOUND',
      );
    });
  });

  it('folds names the same in SQL as in Node', async () => {
    const samples = ['Center mot VÅLDSBEJAKANDE extremism', 'Éè Ñç Ÿÿ Üü', '  a \t b  ', 'Åre ÄÖ'];
    for (const sample of samples) {
      const rows: { folded: string }[] = await t.dataSource.query(
        `SELECT ${foldSql('$1::text')} AS folded`,
        [sample],
      );
      expect(rows[0].folded).toBe(foldText(sample));
    }
  });
});
