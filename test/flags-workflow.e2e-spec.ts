import { FlagScheduler } from '../src/flags/flag-scheduler.service';
import { api } from './support/api';
import { scenario } from './support/scenario';
import { startTestApp, TestApp } from './support/test-app';

const UNCLEAR_LETTER =
  'Hej! Socialstyrelsen vill veta hur ni arbetar med första linjens chefer. Svara senast den 20 april.';
const GOOD_LETTER =
  'Enkäten har tagits fram i samråd med Sveriges Kommuner och Regioner (SKR). ' +
  'Det är frivilligt att besvara enkäten.';

function addDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describe('flag workflow', () => {
  let t: TestApp;
  let s: ReturnType<typeof scenario>;
  let sos: string;

  beforeAll(async () => {
    t = await startTestApp({ FLAG_SCAN_INTERVAL_SECONDS: '0' });
    s = scenario(t);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    sos = await s.agency('socialstyrelsen');
  });

  it('reads the cover letter: missing consultation and unclear voluntariness, then resolves both', async () => {
    const survey = await s.survey(sos, {
      coverLetterText: UNCLEAR_LETTER,
      plannedSendDate: addDays(60),
    });
    expect(survey.openFlags).toEqual([
      'COVER_LETTER_MISSING_CONSULTATION',
      'VOLUNTARINESS_UNCLEAR',
    ]);
    expect(survey.coverLetter).toMatchObject({
      statesConsultation: false,
      voluntariness: 'unclear',
    });
    const fixed = await s.patch(survey.id, { coverLetterText: GOOD_LETTER });
    expect(fixed.openFlags).toEqual([]);
    expect(fixed.coverLetter).toMatchObject({
      statesConsultation: true,
      voluntariness: 'voluntary',
    });
    const resolved = await s.flags(survey.id, 'resolved');
    expect(resolved.map((flag) => flag.code).sort()).toEqual([
      'COVER_LETTER_MISSING_CONSULTATION',
      'VOLUNTARINESS_UNCLEAR',
    ]);
  });

  it('keeps a dismissed flag dismissed while the facts hold and raises it again when they change', async () => {
    const survey = await s.survey(sos, {
      coverLetterText: GOOD_LETTER,
      plannedSendDate: addDays(60),
    });
    await s.consult(survey.id, '2021-03-01T10:00:00+01:00', {
      completedAt: '2021-03-05T10:00:00+01:00',
      outcome: 'no_objection',
    });
    const network = await s.network();
    await s.review(survey.id, network, '2021-03-10', 'approved');
    await s.patch(survey.id, { responseDeadline: `${addDays(63)}T12:00:00+01:00` });
    const [flag] = await s.flags(survey.id, 'open');
    expect(flag.code).toBe('SHORT_RESPONSE_WINDOW');

    const dismissed = await api(t)
      .post(`/api/v1/flags/${flag.id}/dismiss`, { reason: 'Kort enkät, kommunerna tillfrågade' })
      .expect(200);
    expect(dismissed.body).toMatchObject({
      state: 'dismissed',
      dismissedReason: 'Kort enkät, kommunerna tillfrågade',
    });
    expect((await s.get(survey.id)).openFlags).toEqual([]);

    expect((await s.patch(survey.id, { purpose: 'Ett annat syfte' })).openFlags).toEqual([]);

    const moved = await s.patch(survey.id, { responseDeadline: `${addDays(62)}T12:00:00+01:00` });
    expect(moved.openFlags).toEqual(['SHORT_RESPONSE_WINDOW']);
    const history = (await api(t).get(`/api/v1/surveys/${survey.id}/history`).expect(200)).body
      .items;
    const flagActions = history
      .filter((item: { entityType: string }) => item.entityType === 'flag')
      .map((item: { action: string }) => item.action);
    expect(flagActions.slice(-3)).toEqual(['flag.raised', 'flag.dismissed', 'flag.raised']);
  });

  it('refuses to dismiss without a reason, twice, or with a stale version', async () => {
    const survey = await s.survey(sos, { coverLetterText: UNCLEAR_LETTER });
    const [flag] = await s.flags(survey.id, 'open');
    await api(t).post(`/api/v1/flags/${flag.id}/dismiss`, {}).expect(400);
    await api(t).post(`/api/v1/flags/${flag.id}/dismiss`, { reason: '   ' }).expect(400);
    await api(t)
      .post(`/api/v1/flags/${flag.id}/dismiss`, { reason: 'ok' }, { 'If-Match': '"7"' })
      .expect(412);
    await api(t).post(`/api/v1/flags/${flag.id}/dismiss`, { reason: 'ok' }).expect(200);
    const again = await api(t)
      .post(`/api/v1/flags/${flag.id}/dismiss`, { reason: 'ok' })
      .expect(409);
    expect(again.body.code).toBe('INVALID_STATE_TRANSITION');
    const network = await api(t, await t.keyFor('network'));
    await network.post(`/api/v1/flags/${flag.id}/dismiss`, { reason: 'ok' }).expect(403);
  });

  it('flags a change of questions after the consultation until SKR is consulted again', async () => {
    const survey = await s.survey(sos, {
      coverLetterText: GOOD_LETTER,
      plannedSendDate: addDays(60),
    });
    await s.consult(survey.id, '2021-03-01T10:00:00+01:00', {
      completedAt: '2021-03-05T10:00:00+01:00',
      outcome: 'changes_recommended',
    });
    const changed = await s.patch(survey.id, { questionCount: 25 });
    expect(changed.openFlags).toContain('CHANGED_AFTER_CONSULTATION');
    await s.consult(survey.id, new Date().toISOString(), {
      completedAt: new Date(Date.now() + 60_000).toISOString(),
      outcome: 'no_objection',
    });
    expect((await s.get(survey.id)).openFlags).not.toContain('CHANGED_AFTER_CONSULTATION');
  });

  it('flags a survey sent inside a blackout period registered afterwards', async () => {
    const survey = await s.survey(sos, {
      coverLetterText: GOOD_LETTER,
      plannedSendDate: '2020-04-14',
    });
    await s.consult(survey.id, '2020-04-01T10:00:00+02:00', {
      completedAt: '2020-04-08T10:00:00+02:00',
      outcome: 'no_objection',
    });
    expect((await s.send(survey.id, '2020-04-14T09:00:00+02:00')).openFlags).toEqual([]);
    await api(t)
      .post('/api/v1/blackout-periods', {
        from: '2020-03-16',
        to: '2020-06-30',
        reason: 'Enkätstopp under pandemin',
      })
      .expect(201);
    expect((await s.get(survey.id)).openFlags).toEqual(['SENT_IN_BLACKOUT_PERIOD']);
    const list = await api(t, null).get('/api/v1/blackout-periods').expect(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({
        from: '2020-03-16',
        to: '2020-06-30',
        reason: 'Enkätstopp under pandemin',
      }),
    ]);
  });

  it('marks a similar survey from the same agency as a possible duplicate', async () => {
    const first = await s.survey(sos, { title: 'Enkät om första linjens chefer i socialtjänsten' });
    const second = await s.survey(sos, {
      title: 'Enkät om första linjens chefer inom socialtjänsten',
    });
    expect(second.openFlags).toContain('POSSIBLE_DUPLICATE');
    const [flag] = (await s.flags(second.id, 'open')).filter(
      (f) => f.code === 'POSSIBLE_DUPLICATE',
    );
    expect(flag.evidence).toMatchObject({ references: [first.reference] });
    const other = await s.survey(sos, { title: 'Kartläggning av hemlöshet' });
    expect(other.openFlags).not.toContain('POSSIBLE_DUPLICATE');
  });

  it('raises CONSULTATION_MISSING_BEFORE_SEND from the scheduled scan as the send date draws near', async () => {
    const survey = await s.survey(sos, {
      coverLetterText: GOOD_LETTER,
      plannedSendDate: addDays(30),
    });
    expect(survey.openFlags).toEqual([]);
    const scheduler = t.app.get(FlagScheduler);
    const inTwentyDays = new Date(Date.now() + 20 * 86_400_000);
    expect(await scheduler.runIfDue(inTwentyDays)).toBeGreaterThanOrEqual(1);
    expect((await s.get(survey.id)).openFlags).toEqual(['CONSULTATION_MISSING_BEFORE_SEND']);
    expect(await scheduler.runIfDue(inTwentyDays)).toBeNull();
  });

  it('clears consultation flags when the agency turns out to be a committee', async () => {
    const inquiry = await s.agency('cve');
    const survey = await s.survey(inquiry);
    expect((await s.send(survey.id, '2021-02-01T09:00:00+01:00')).openFlags).toEqual([
      'SENT_WITHOUT_CONSULTATION',
    ]);
    await api(t).patch(`/api/v1/agencies/${inquiry}`, { kind: 'committee' }).expect(200);
    expect((await s.get(survey.id)).openFlags).toEqual([]);
  });

  it('lists flags by state, code, agency and survey', async () => {
    const cve = await s.agency('cve');
    const a = await s.survey(cve, { title: 'Våldsbejakande extremism i kommunerna' });
    await s.send(a.id, '2021-02-01T09:00:00+01:00');
    await s.survey(sos, { coverLetterText: UNCLEAR_LETTER, title: 'Hemtjänstens bemanning' });
    const critical = await api(t)
      .get('/api/v1/flags?state=open&code=SENT_WITHOUT_CONSULTATION')
      .expect(200);
    expect(critical.body.items.map((f: { surveyReference: string }) => f.surveyReference)).toEqual([
      a.reference,
    ]);
    const bySos = await api(t).get(`/api/v1/flags?agencyId=${sos}&state=open`).expect(200);
    expect(bySos.body.items.map((f: { code: string }) => f.code).sort()).toEqual([
      'CONSULTATION_MISSING_BEFORE_SEND',
      'COVER_LETTER_MISSING_CONSULTATION',
      'VOLUNTARINESS_UNCLEAR',
    ]);
    await api(t).get('/api/v1/flags?state=closed').expect(400);
    await api(t).get('/api/v1/flags?surveyId=nope').expect(400);
    const surveysWithFlag = await api(t)
      .get('/api/v1/surveys?flag=SENT_WITHOUT_CONSULTATION')
      .expect(200);
    expect(surveysWithFlag.body.items.map((x: { id: string }) => x.id)).toEqual([a.id]);
  });
});
