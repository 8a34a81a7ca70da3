import { api } from './support/api';
import { scenario } from './support/scenario';
import {
  competenceSupplyConsulted,
  cveUnconsulted,
  dalarnaAsksItsMunicipalities,
  myvaWithdrawn,
  sentDespiteSkrAdvice,
  weeklySituationReport,
} from './support/seed-cases';
import { startTestApp, TestApp } from './support/test-app';

/** The six cases of the domain document, asserted through HTTP with their exact flags. */
describe('seed cases', () => {
  let t: TestApp;
  let s: ReturnType<typeof scenario>;

  beforeAll(async () => {
    t = await startTestApp({ FLAG_SCAN_INTERVAL_SECONDS: '0' });
    s = scenario(t);
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  describe('1. CVE sends to all municipalities without consulting SKR', () => {
    it('raises SENT_WITHOUT_CONSULTATION, critical, with the send date as evidence', async () => {
      const sent = await cveUnconsulted(t, await s.agency('cve'));
      expect(sent.openFlags).toEqual(['SENT_WITHOUT_CONSULTATION']);
      expect(sent.consultationStatus).toBe('none');
      const [flag] = await s.flags(sent.id, 'open');
      expect(flag).toMatchObject({ code: 'SENT_WITHOUT_CONSULTATION', severity: 'critical' });
      expect(JSON.stringify(flag.evidence)).toContain('2021-02-01');
    });

    it('still flags a consultation only requested, or completed after sending', async () => {
      const cve = await s.agency('cve');
      const requestedOnly = await s.survey(cve, { title: 'Enkät A om extremism' });
      await s.consult(requestedOnly.id, '2021-01-20T10:00:00+01:00');
      expect((await s.send(requestedOnly.id, '2021-02-01T09:00:00+01:00')).openFlags).toEqual([
        'SENT_WITHOUT_CONSULTATION',
      ]);

      const completedLate = await s.survey(cve, { title: 'Helt annan enkät om skolmiljö' });
      await s.send(completedLate.id, '2021-02-01T09:00:00+01:00');
      await s.consult(completedLate.id, '2021-01-20T10:00:00+01:00', {
        completedAt: '2021-02-03T10:00:00+01:00',
        outcome: 'no_objection',
      });
      const after = await s.get(completedLate.id);
      expect(after.openFlags).toEqual(['SENT_WITHOUT_CONSULTATION']);
      const [flag] = await s.flags(completedLate.id, 'open');
      expect(flag.evidence).toMatchObject({ consultationStatus: 'completed_after_sending' });
    });

    it('replaces the critical flag by CONSULTATION_EXEMPTION_CLAIMED when a §3 ground is claimed', async () => {
      const cve = await s.agency('cve');
      const survey = await s.survey(cve);
      await s.send(survey.id, '2021-02-01T09:00:00+01:00');
      const patched = await s.patch(survey.id, {
        consultationExemption: {
          ground: 'time_did_not_permit',
          note: 'Regeringsuppdrag med kort tid',
        },
      });
      expect(patched.openFlags).toEqual(['CONSULTATION_EXEMPTION_CLAIMED']);
      const resolved = await s.flags(survey.id, 'resolved');
      // The draft's missing-consultation flag resolved when it was sent; the critical one now.
      expect(resolved.map((flag) => flag.code).sort()).toEqual([
        'CONSULTATION_MISSING_BEFORE_SEND',
        'SENT_WITHOUT_CONSULTATION',
      ]);
    });
  });

  describe('2. Socialstyrelsen sends the first-line managers survey despite SKR advising against', () => {
    it('raises SENT_DESPITE_SKR_ADVICE and no consultation flag', async () => {
      const sent = await sentDespiteSkrAdvice(t, await s.agency('socialstyrelsen'), {
        survey: { questionCount: 9 },
        consultation: {
          requestedAt: '2021-03-25T10:00:00+01:00',
          topicsCovered: ['questions', 'burden', 'timing'],
          note: 'SKR avråder starkt: arbetsbelastningen och frågornas karaktär',
        },
      });
      expect(sent.openFlags).toEqual(['SENT_DESPITE_SKR_ADVICE']);
      expect(sent).toMatchObject({
        consultationStatus: 'completed',
        skrOutcome: 'advised_against',
      });
    });
  });

  describe('3. Myva withdraws its survey after consulting SKR', () => {
    it('has no flags, and the withdrawal keeps its reason', async () => {
      const withdrawn = await myvaWithdrawn(t, await s.agency('myva'), {
        survey: { estimatedMinutesPerResponse: 60 },
        consultation: {
          completedAt: '2020-05-20T10:00:00+02:00',
          topicsCovered: ['existing_sources'],
        },
        reason: 'Befintlig statistik och intervjuer används i stället',
      });
      expect(withdrawn).toMatchObject({
        status: 'withdrawn',
        replacedByExistingData: true,
        openFlags: [],
        burden: { estimatedHours: 290, realizedHours: 0 },
      });
    });
  });

  describe('4. Competence supply: 100 municipalities, 20 interviews, the network declines', () => {
    it('raises SENT_DESPITE_NETWORK_DECLINE when sent after the decline', async () => {
      const sos = await s.agency('socialstyrelsen');
      const network = await s.network();
      const survey = await competenceSupplyConsulted(t, sos, {
        consultation: { note: 'Uppgifterna kan tas fram på annat sätt' },
      });
      expect(survey).toMatchObject({ recipientCount: 100, burden: { estimatedHours: 105 } });
      expect((await s.get(survey.id)).openFlags).toEqual(['NETWORK_CHECK_MISSING']);
      await s.review(survey.id, network, '2020-09-25', 'declined');
      const sent = await s.send(survey.id, '2020-09-28T09:00:00+02:00');
      expect(sent.openFlags).toEqual(['SENT_DESPITE_NETWORK_DECLINE']);
      expect(sent.networkDecision).toBe('declined');
    });

    it('does not flag a decline recorded at a meeting after the send date', async () => {
      const sos = await s.agency('socialstyrelsen');
      const network = await s.network();
      const survey = await s.survey(sos);
      await s.consult(survey.id, '2020-09-01T10:00:00+02:00', {
        completedAt: '2020-09-10T10:00:00+02:00',
        outcome: 'no_objection',
      });
      await s.send(survey.id, '2020-09-14T09:00:00+02:00');
      await s.review(survey.id, network, '2020-10-02', 'declined');
      expect((await s.get(survey.id)).openFlags).toEqual([]);
    });
  });

  describe('5. The weekly situation report', () => {
    it('realizes burden from the rounds answered and is a high burden', async () => {
      const survey = await weeklySituationReport(t, await s.agency('socialstyrelsen'));
      const read = await s.get(survey.id);
      expect(read.openFlags).toEqual(['HIGH_BURDEN']);
      expect(read.burden).toEqual({ estimatedHours: 5800, realizedHours: 246 });
    });
  });

  describe("6. Region Dalarna's Friday-to-Monday request", () => {
    it('raises only SHORT_RESPONSE_WINDOW: a region owes no consultation', async () => {
      const dalarna = (
        await api(t).get('/api/v1/local-authorities?county=20&kind=municipality').expect(200)
      ).body.items.map((item: { code: string }) => item.code);
      const sent = await dalarnaAsksItsMunicipalities(t, await s.agency('regionDalarna'), {
        survey: {
          title: 'Frågor om hemtjänstens bemanning',
          recipientCodes: dalarna,
          estimatedMinutesPerResponse: 20,
        },
      });
      expect(sent.recipientCount).toBe(15);
      expect(sent.openFlags).toEqual(['SHORT_RESPONSE_WINDOW']);
      const [flag] = await s.flags(sent.id, 'open');
      expect(Number((flag.evidence as Record<string, unknown>).workingDays)).toBeLessThan(1);
    });

    it('resolves the flag when the deadline is moved out', async () => {
      const survey = await dalarnaAsksItsMunicipalities(t, await s.agency('regionDalarna'));
      const moved = await s.patch(survey.id, { responseDeadline: '2020-10-23T12:00:00+02:00' });
      expect(moved.openFlags).toEqual([]);
      expect((await s.flags(survey.id, 'resolved')).map((flag) => flag.code)).toEqual([
        'SHORT_RESPONSE_WINDOW',
      ]);
    });
  });
});
