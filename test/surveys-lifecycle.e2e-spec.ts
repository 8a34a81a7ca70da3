import { api } from './support/api';
import {
  expectError,
  type HistoryEntry,
  type PageBody,
  type SurveyView,
} from './support/e2e-helpers';
import { AGENCIES, surveyBody } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

describe('survey lifecycle over HTTP', () => {
  let t: TestApp;
  let skrKey: string;
  let agencyId: string;
  let otherAgencyId: string;

  const skr = () => api(t, skrKey);

  async function create(overrides: Record<string, unknown> = {}): Promise<SurveyView> {
    const response = await skr()
      .post('/api/v1/surveys', surveyBody(agencyId, overrides))
      .expect(201);
    return response.body as SurveyView;
  }

  async function read(id: string): Promise<SurveyView> {
    return (await skr().get(`/api/v1/surveys/${id}`).expect(200)).body as SurveyView;
  }

  async function history(id: string): Promise<HistoryEntry[]> {
    const response = await skr().get(`/api/v1/surveys/${id}/history`).expect(200);
    return (response.body as { items: HistoryEntry[] }).items;
  }

  /** The survey's own events, without the flag events the flag engine adds alongside. */
  async function surveyActions(id: string): Promise<string[]> {
    return (await history(id))
      .filter((item) => item.entityType === 'survey')
      .map((item) => item.action);
  }

  async function send(id: string, sentAt: string): Promise<SurveyView> {
    return (await skr().post(`/api/v1/surveys/${id}/send`, { sentAt }).expect(200))
      .body as SurveyView;
  }

  async function list(query: string): Promise<PageBody<SurveyView>> {
    return (await skr().get(`/api/v1/surveys?${query}`).expect(200)).body as PageBody<SurveyView>;
  }

  const references = (page: PageBody<SurveyView>) =>
    page.items.map((item) => item.reference).sort();

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    skrKey = await t.keyFor('skr');
    agencyId = (await api(t).post('/api/v1/agencies', AGENCIES.socialstyrelsen).expect(201)).body
      .id as string;
    otherAgencyId = (await api(t).post('/api/v1/agencies', AGENCIES.cve).expect(201)).body
      .id as string;
  });

  describe('create', () => {
    it('stores every field, counts the selected recipients and starts as a draft', async () => {
      const body = {
        agencyId,
        title: '  Kompetensförsörjning i socialtjänsten  ',
        purpose: 'Kartlägga kompetensbehov',
        governmentAssignment: 'S2020/01234',
        targetRole: 'socialchef',
        mandate: 'government_assignment',
        collectionMethod: 'web_questionnaire',
        recipientScope: 'selected',
        recipientCodes: ['2081', '2080', '20', '0980'],
        questionCount: 12,
        estimatedMinutesPerResponse: 45,
        followUpInterviews: { count: 20, minutesEach: 90 },
        recurrence: 'quarterly',
        occurrences: 4,
        voluntary: false,
        legalBasis: '6 kap. 1 § lagen (2001:99) om den officiella statistiken',
        sensitiveData: true,
        plannedSendDate: '2021-09-01',
        responseDeadline: '2021-10-01T12:00:00+02:00',
        coverLetterText:
          'Enkäten har samråtts med SKR. Det är frivilligt att delta i undersökningen.',
        conductedBy: 'Ramböll',
        consultationExemption: { ground: 'time_did_not_permit', note: 'Regeringsuppdrag' },
      };
      const response = await skr().post('/api/v1/surveys', body).expect(201);
      const created = response.body as SurveyView & Record<string, unknown>;

      expect(response.headers.etag).toBe('"1"');
      expect(created).toMatchObject({
        reference: 'ENK-2021-0001',
        status: 'draft',
        agency: { id: agencyId, name: 'Socialstyrelsen', kind: 'state_agency' },
        title: 'Kompetensförsörjning i socialtjänsten',
        purpose: 'Kartlägga kompetensbehov',
        governmentAssignment: 'S2020/01234',
        targetRole: 'socialchef',
        mandate: 'government_assignment',
        collectionMethod: 'web_questionnaire',
        recipientScope: 'selected',
        recipientCodes: ['0980', '20', '2080', '2081'],
        recipientCount: 4,
        questionCount: 12,
        estimatedMinutesPerResponse: 45,
        followUpInterviews: { count: 20, minutesEach: 90 },
        recurrence: 'quarterly',
        occurrences: 4,
        voluntary: false,
        legalBasis: '6 kap. 1 § lagen (2001:99) om den officiella statistiken',
        sensitiveData: true,
        plannedSendDate: '2021-09-01',
        responseDeadline: '2021-10-01T10:00:00.000Z',
        coverLetterText: body.coverLetterText,
        conductedBy: 'Ramböll',
        consultationExemption: { ground: 'time_did_not_permit', note: 'Regeringsuppdrag' },
        sentAt: null,
        withdrawnReason: null,
        consultationStatus: 'none',
        skrOutcome: null,
        networkDecision: null,
        // 4 recipients × 4 occurrences × 45 min + 20 interviews × 90 min = 2 520 min.
        burden: { estimatedHours: 42, realizedHours: 0 },
        rounds: [],
        version: 1,
      });
      expect(created.coverLetter).toEqual(
        expect.objectContaining({
          statesConsultation: expect.any(Boolean),
          voluntariness: expect.stringMatching(/^(voluntary|mandatory|unclear)$/),
          evidence: expect.any(Array),
        }),
      );
      expect(Array.isArray(created.openFlags)).toBe(true);
      expect(new Date(created.createdAt).toISOString()).toBe(created.createdAt);
      expect(await read(created.id)).toEqual(created);
    });

    it.each([
      ['all_municipalities', 290],
      ['all_regions', 21],
      ['all_municipalities_and_regions', 311],
    ])('counts %s as %i recipients', async (recipientScope, count) => {
      const created = await create({ recipientScope });
      expect(created.recipientScope).toBe(recipientScope);
      expect(created.recipientCodes).toEqual([]);
      expect(created.recipientCount).toBe(count);
    });

    it('fills defaults and leaves optional fields empty', async () => {
      const response = await skr()
        .post('/api/v1/surveys', {
          agencyId,
          title: 'Minimal enkät',
          collectionMethod: 'interview',
          recipientScope: 'all_regions',
          plannedSendDate: '2021-05-03',
        })
        .expect(201);
      expect(response.body).toMatchObject({
        recurrence: 'once',
        occurrences: 1,
        sensitiveData: false,
        voluntary: null,
        purpose: null,
        mandate: null,
        questionCount: null,
        estimatedMinutesPerResponse: null,
        followUpInterviews: null,
        responseDeadline: null,
        coverLetterText: null,
        coverLetter: null,
        consultationExemption: null,
        burden: { estimatedHours: null, realizedHours: 0 },
      });
    });

    it('numbers references per year of the planned send date', async () => {
      const a = await create({ plannedSendDate: '2021-03-01' });
      const b = await create({ plannedSendDate: '2020-11-02' });
      const c = await create({ plannedSendDate: '2021-06-01' });
      expect([a.reference, b.reference, c.reference]).toEqual([
        'ENK-2021-0001',
        'ENK-2020-0001',
        'ENK-2021-0002',
      ]);
      expect((await read(c.reference)).id).toBe(c.id);
    });

    it('records survey.created with the key as actor', async () => {
      const created = await create();
      const items = await history(created.id);
      expect(items[0]).toMatchObject({
        actor: { type: 'key', name: 'skr key' },
        actorLabel: 'skr:skr key',
        action: 'survey.created',
        entityType: 'survey',
        entityId: created.id,
      });
      expect(items[0].changes).toMatchObject({
        title: { from: null, to: 'Enkät om första linjens chefer i socialtjänsten' },
        status: { from: null, to: 'draft' },
        recipientCount: { from: null, to: 290 },
      });
    });
  });

  describe('list', () => {
    it('filters by status', async () => {
      const draft = await create();
      const sent = await create();
      const withdrawn = await create();
      await send(sent.id, '2021-04-06T09:00:00+02:00');
      await skr()
        .post(`/api/v1/surveys/${withdrawn.id}/withdraw`, { reason: 'Uppgifterna finns redan' })
        .expect(200);

      expect(references(await list('status=draft'))).toEqual([draft.reference]);
      expect(references(await list('status=sent'))).toEqual([sent.reference]);
      expect(references(await list('status=withdrawn'))).toEqual([withdrawn.reference]);
      expect((await list('status=closed')).total).toBe(0);
    });

    it('filters by agency', async () => {
      const ours = await create();
      const theirs = (
        await skr()
          .post('/api/v1/surveys', surveyBody(otherAgencyId, { title: 'Extremism' }))
          .expect(201)
      ).body as SurveyView;
      expect(references(await list(`agencyId=${agencyId}`))).toEqual([ours.reference]);
      const other = await list(`agencyId=${otherAgencyId}`);
      expect(references(other)).toEqual([theirs.reference]);
      expect(other.items[0].agency).toEqual({
        id: otherAgencyId,
        name: 'Center mot våldsbejakande extremism',
        kind: 'state_agency',
      });
    });

    it('filters by open flag code, matching exactly the surveys with that flag open', async () => {
      const draft = await create();
      const sent = await create({ title: 'Skickad utan samråd' });
      await send(sent.id, '2021-04-06T09:00:00+02:00');
      const all = await list('limit=500');
      expect(all.total).toBe(2);
      const codes = new Set(all.items.flatMap((item) => item.openFlags));
      codes.add('SENT_WITHOUT_CONSULTATION');
      for (const code of codes) {
        const expected = all.items
          .filter((item) => item.openFlags.includes(code))
          .map((item) => item.reference)
          .sort();
        expect({ code, references: references(await list(`flag=${code}`)) }).toEqual({
          code,
          references: expected,
        });
      }
      const none = await list('flag=NO_SUCH_FLAG');
      expect(none).toMatchObject({ items: [], total: 0 });
      expect([draft.reference, sent.reference].sort()).toEqual(references(all));
    });

    it('filters sentFrom/sentTo by whole days in Swedish time', async () => {
      const sends: Record<string, string> = {
        // 2021-04-05 23:59 in Stockholm (CEST, +02:00).
        lateOnThe5th: '2021-04-05T21:59:00Z',
        // 2021-04-06 00:30 in Stockholm although the UTC date is the 5th.
        earlyOnThe6th: '2021-04-05T22:30:00Z',
        lastSecondOfThe6th: '2021-04-06T21:59:59Z',
        // 2021-04-07 00:00 in Stockholm.
        midnightOnThe7th: '2021-04-06T22:00:00Z',
        // 2021-01-15 00:30 in Stockholm (CET, +01:00).
        winterNight: '2021-01-14T23:30:00Z',
      };
      const referenceOf: Record<string, string> = {};
      for (const [name, sentAt] of Object.entries(sends)) {
        const survey = await create({ title: name });
        await send(survey.id, sentAt);
        referenceOf[name] = survey.reference;
      }
      await create({ title: 'never sent' });
      const refs = (...names: string[]) => names.map((name) => referenceOf[name]).sort();

      expect(references(await list('sentFrom=2021-04-06&sentTo=2021-04-06'))).toEqual(
        refs('earlyOnThe6th', 'lastSecondOfThe6th'),
      );
      expect(references(await list('sentFrom=2021-04-07'))).toEqual(refs('midnightOnThe7th'));
      expect(references(await list('sentTo=2021-04-05'))).toEqual(
        refs('lateOnThe5th', 'winterNight'),
      );
      expect(references(await list('sentFrom=2021-01-15&sentTo=2021-01-15'))).toEqual(
        refs('winterNight'),
      );
      expect((await list('sentFrom=2021-01-14&sentTo=2021-01-14')).total).toBe(0);
    });

    it('searches q in the title, the reference and the agency name, case-insensitively', async () => {
      const chefs = await create({ title: 'Första linjens chefer' });
      const fees = await create({ title: 'Avgifter inom äldreomsorgen' });
      const extremism = (
        await skr()
          .post('/api/v1/surveys', surveyBody(otherAgencyId, { title: 'Orosanmälningar' }))
          .expect(201)
      ).body as SurveyView;

      expect(references(await list('q=LINJENS'))).toEqual([chefs.reference]);
      expect(references(await list(`q=${fees.reference}`))).toEqual([fees.reference]);
      expect(references(await list('q=extremism'))).toEqual([extremism.reference]);
      expect(references(await list('q=socialstyr'))).toEqual(
        [chefs.reference, fees.reference].sort(),
      );
      expect((await list(`q=${encodeURIComponent('%')}`)).total).toBe(0);
    });

    it('pages with limit and offset, newest first, and reports the total', async () => {
      const created: string[] = [];
      for (let i = 1; i <= 5; i++) created.push((await create({ title: `Enkät ${i}` })).id);

      const first = await list('limit=2&offset=0');
      const second = await list('limit=2&offset=2');
      const last = await list('limit=2&offset=4');
      const beyond = await list('limit=2&offset=10');
      expect(first).toMatchObject({ total: 5, limit: 2, offset: 0 });
      expect(second).toMatchObject({ total: 5, limit: 2, offset: 2 });
      expect(last).toMatchObject({ total: 5, limit: 2, offset: 4 });
      expect(beyond).toMatchObject({ items: [], total: 5, limit: 2, offset: 10 });
      const ids = [...first.items, ...second.items, ...last.items].map((item) => item.id);
      expect(ids).toEqual([...created].reverse());

      const defaults = await list('');
      expect(defaults).toMatchObject({ total: 5, limit: 50, offset: 0 });
      expect(defaults.items).toHaveLength(5);
    });
  });

  describe('PATCH', () => {
    it('changes only the given fields, bumps the version and records from/to', async () => {
      const created = await create();
      const response = await skr()
        .patch(`/api/v1/surveys/${created.id}`, { title: 'Ny titel', questionCount: 12 })
        .expect(200);
      const updated = response.body as SurveyView & Record<string, unknown>;

      expect(response.headers.etag).toBe('"2"');
      expect(updated).toMatchObject({ title: 'Ny titel', questionCount: 12, version: 2 });
      expect(Date.parse(updated.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.updatedAt));
      expect({
        ...updated,
        title: created.title,
        questionCount: 9,
        version: 1,
        updatedAt: created.updatedAt,
      }).toEqual(created);

      const items = (await history(created.id)).filter((item) => item.entityType === 'survey');
      expect(items.map((item) => item.action)).toEqual(['survey.created', 'survey.updated']);
      expect(items[1]).toMatchObject({ actorLabel: 'skr:skr key', entityId: created.id });
      expect(items[1].changes).toEqual({
        title: { from: 'Enkät om första linjens chefer i socialtjänsten', to: 'Ny titel' },
        questionCount: { from: 9, to: 12 },
      });
    });

    it('clears optional fields set to null', async () => {
      const created = await create({
        governmentAssignment: 'S2021/1',
        mandate: 'own_initiative',
        followUpInterviews: { count: 5, minutesEach: 60 },
        legalBasis: 'Lag',
        responseDeadline: '2021-05-01T12:00:00+02:00',
        coverLetterText: 'Det är frivilligt att svara.',
        conductedBy: 'Novus',
        consultationExemption: { ground: 'contrary_to_purpose', note: 'Brådskande' },
      });
      const cleared = {
        purpose: null,
        governmentAssignment: null,
        targetRole: null,
        mandate: null,
        questionCount: null,
        estimatedMinutesPerResponse: null,
        followUpInterviews: null,
        voluntary: null,
        legalBasis: null,
        plannedSendDate: null,
        responseDeadline: null,
        coverLetterText: null,
        conductedBy: null,
        consultationExemption: null,
      };
      const response = await skr().patch(`/api/v1/surveys/${created.id}`, cleared).expect(200);
      expect(response.body).toMatchObject({
        ...cleared,
        coverLetter: null,
        burden: { estimatedHours: null, realizedHours: 0 },
        version: 2,
      });
      const updates = (await history(created.id)).filter(
        (item) => item.action === 'survey.updated',
      );
      expect(updates).toHaveLength(1);
      const changes = updates[0].changes;
      expect(changes).toMatchObject({
        purpose: { from: 'Kartlägga arbetsvillkor för första linjens chefer', to: null },
        voluntary: { from: true, to: null },
        plannedSendDate: { from: '2021-04-06', to: null },
        exemptionGround: { from: 'contrary_to_purpose', to: null },
      });
    });

    it('recounts recipients when the scope or the codes change', async () => {
      const created = await create();
      const selected = await skr()
        .patch(`/api/v1/surveys/${created.id}`, {
          recipientScope: 'selected',
          recipientCodes: ['2080', '2081'],
        })
        .expect(200);
      expect(selected.body).toMatchObject({ recipientCount: 2, recipientCodes: ['2080', '2081'] });
      const moreCodes = await skr()
        .patch(`/api/v1/surveys/${created.id}`, { recipientCodes: ['2080', '2081', '2082'] })
        .expect(200);
      expect(moreCodes.body).toMatchObject({ recipientScope: 'selected', recipientCount: 3 });
      const regions = await skr()
        .patch(`/api/v1/surveys/${created.id}`, { recipientScope: 'all_regions' })
        .expect(200);
      expect(regions.body).toMatchObject({ recipientCount: 21, recipientCodes: [], version: 4 });
    });

    it('leaves version and history alone when nothing changes', async () => {
      const created = await create();
      const before = await history(created.id);
      const response = await skr()
        .patch(`/api/v1/surveys/${created.id}`, { title: created.title })
        .expect(200);
      expect(response.body).toMatchObject({ version: 1, updatedAt: created.updatedAt });
      expect(await history(created.id)).toEqual(before);
    });
  });

  describe('state machine', () => {
    it('sends a draft: status, sentAt, version, history and a survey.sent outbox event', async () => {
      const created = await create();
      const response = await skr()
        .post(`/api/v1/surveys/${created.id}/send`, { sentAt: '2021-04-06T09:15:00+02:00' })
        .expect(200);
      expect(response.headers.etag).toBe('"2"');
      expect(response.body).toMatchObject({
        status: 'sent',
        sentAt: '2021-04-06T07:15:00.000Z',
        version: 2,
        // A sent once-survey without rounds counts every recipient as having answered.
        burden: { estimatedHours: 145, realizedHours: 145 },
      });
      const last = (await history(created.id)).filter((item) => item.entityType === 'survey');
      expect(last.at(-1)).toMatchObject({
        action: 'survey.sent',
        actorLabel: 'skr:skr key',
        changes: {
          status: { from: 'draft', to: 'sent' },
          sentAt: { from: null, to: '2021-04-06T07:15:00.000Z' },
        },
      });
      const outbox: { type: string; data: { reference: string } }[] = await t.dataSource.query(
        `SELECT type, data FROM outbox_events WHERE survey_id = $1 AND type = 'survey.sent'`,
        [created.id],
      );
      expect(outbox).toEqual([
        { type: 'survey.sent', data: expect.objectContaining({ reference: created.reference }) },
      ]);
    });

    it('sends now when no sentAt is given', async () => {
      const created = await create();
      const before = Date.now();
      const sent = (await skr().post(`/api/v1/surveys/${created.id}/send`).expect(200))
        .body as SurveyView;
      expect(sent.status).toBe('sent');
      expect(Date.parse(sent.sentAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
      expect(Date.parse(sent.sentAt ?? '')).toBeLessThanOrEqual(Date.now() + 1000);
    });

    it('withdraws a draft with a reason, noting that existing data replaced it', async () => {
      const created = await create();
      const response = await skr()
        .post(`/api/v1/surveys/${created.id}/withdraw`, {
          reason: '  SKR visade att uppgifterna finns i Kolada  ',
          replacedByExistingData: true,
        })
        .expect(200);
      expect(response.headers.etag).toBe('"2"');
      const withdrawn = response.body as SurveyView;
      expect(withdrawn).toMatchObject({
        status: 'withdrawn',
        withdrawnReason: 'SKR visade att uppgifterna finns i Kolada',
        replacedByExistingData: true,
        sentAt: null,
        version: 2,
        burden: { estimatedHours: 145, realizedHours: 0 },
      });
      expect(Date.parse(withdrawn.withdrawnAt ?? '')).not.toBeNaN();
      const items = (await history(created.id)).filter((item) => item.entityType === 'survey');
      expect(items.at(-1)).toMatchObject({
        action: 'survey.withdrawn',
        changes: {
          status: { from: 'draft', to: 'withdrawn' },
          withdrawnReason: { from: null, to: 'SKR visade att uppgifterna finns i Kolada' },
          replacedByExistingData: { from: null, to: true },
        },
      });
    });

    it('closes a sent survey', async () => {
      const created = await create();
      await send(created.id, '2021-04-06T09:00:00+02:00');
      const response = await skr().post(`/api/v1/surveys/${created.id}/close`).expect(200);
      expect(response.headers.etag).toBe('"3"');
      const closed = response.body as SurveyView;
      expect(closed).toMatchObject({ status: 'closed', version: 3 });
      expect(Date.parse(closed.closedAt ?? '')).not.toBeNaN();
      expect(closed.burden.realizedHours).toBe(145);
    });

    it('records rounds of a sent recurring survey; realized hours follow the responses', async () => {
      const created = await create({
        title: 'Lägesrapport covid-19',
        recurrence: 'weekly',
        occurrences: 10,
        estimatedMinutesPerResponse: 30,
      });
      expect(created.burden).toEqual({ estimatedHours: 1450, realizedHours: 0 });
      const sent = await send(created.id, '2021-04-06T09:00:00+02:00');
      // Until a round is recorded, the first send counts as fully answered: 290 × 30 min.
      expect(sent.burden.realizedHours).toBe(145);

      const first = await skr()
        .post(`/api/v1/surveys/${created.id}/rounds`, {
          sentAt: '2021-04-06T09:00:00+02:00',
          responses: 253,
        })
        .expect(201);
      expect(first.headers.etag).toBe('"3"');
      expect((first.body as SurveyView).burden.realizedHours).toBe(126.5);
      const second = await skr()
        .post(`/api/v1/surveys/${created.id}/rounds`, {
          sentAt: '2021-04-13T09:00:00+02:00',
          responses: 239,
        })
        .expect(201);
      const withRounds = second.body as SurveyView;
      expect(withRounds.version).toBe(4);
      expect(withRounds.rounds.map(({ sentAt, responses }) => ({ sentAt, responses }))).toEqual([
        { sentAt: '2021-04-06T07:00:00.000Z', responses: 253 },
        { sentAt: '2021-04-13T07:00:00.000Z', responses: 239 },
      ]);
      // (253 + 239) responses × 30 min.
      expect(withRounds.burden).toEqual({ estimatedHours: 1450, realizedHours: 246 });
      const items = (await history(created.id)).filter((item) => item.entityType === 'survey');
      expect(items.at(-1)).toMatchObject({
        action: 'survey.round_recorded',
        changes: { round: { sentAt: '2021-04-13T09:00:00+02:00', responses: 239 } },
      });
    });

    type Setup = 'draft' | 'sent' | 'closed' | 'withdrawn';
    const illegal: [string, Setup, string, object | undefined][] = [
      ['send a sent survey (send twice)', 'sent', 'send', { sentAt: '2021-04-07T09:00:00Z' }],
      ['send a withdrawn survey', 'withdrawn', 'send', { sentAt: '2021-04-07T09:00:00Z' }],
      ['send a closed survey', 'closed', 'send', { sentAt: '2021-04-07T09:00:00Z' }],
      ['close a draft', 'draft', 'close', undefined],
      ['close a withdrawn survey', 'withdrawn', 'close', undefined],
      ['close a closed survey', 'closed', 'close', undefined],
      ['withdraw a sent survey', 'sent', 'withdraw', { reason: 'För sent' }],
      ['withdraw a withdrawn survey', 'withdrawn', 'withdraw', { reason: 'Igen' }],
      ['withdraw a closed survey', 'closed', 'withdraw', { reason: 'För sent' }],
      [
        'record a round of a draft',
        'draft',
        'rounds',
        { sentAt: '2021-04-06T09:00:00Z', responses: 10 },
      ],
      [
        'record a round of a withdrawn survey',
        'withdrawn',
        'rounds',
        { sentAt: '2021-04-06T09:00:00Z', responses: 10 },
      ],
    ];

    it.each(illegal)(
      'refuses to %s with 409 INVALID_STATE_TRANSITION and changes nothing',
      async (_name, state, action, body) => {
        const created = await create();
        if (state === 'sent' || state === 'closed') {
          await send(created.id, '2021-04-06T09:00:00+02:00');
        }
        if (state === 'closed') await skr().post(`/api/v1/surveys/${created.id}/close`).expect(200);
        if (state === 'withdrawn') {
          await skr()
            .post(`/api/v1/surveys/${created.id}/withdraw`, { reason: 'Onödig' })
            .expect(200);
        }
        const before = await read(created.id);
        const historyBefore = await history(created.id);
        const rowsBefore: unknown[] = await t.dataSource.query(
          `SELECT (SELECT count(*) FROM survey_rounds)::int AS rounds,
                  (SELECT count(*) FROM outbox_events)::int AS outbox`,
        );

        const response = await skr().post(`/api/v1/surveys/${created.id}/${action}`, body);
        expectError(response, 409, 'INVALID_STATE_TRANSITION');
        expect(response.body.message).toContain(state);

        expect(await read(created.id)).toEqual(before);
        expect(await history(created.id)).toEqual(historyBefore);
        expect(
          await t.dataSource.query(
            `SELECT (SELECT count(*) FROM survey_rounds)::int AS rounds,
                    (SELECT count(*) FROM outbox_events)::int AS outbox`,
          ),
        ).toEqual(rowsBefore);
      },
    );
  });

  describe('history', () => {
    it('lists every change oldest first, each with the acting key and its action', async () => {
      const created = await create();
      await skr().patch(`/api/v1/surveys/${created.id}`, { title: 'Ändrad titel' }).expect(200);
      await send(created.id, '2021-04-06T09:00:00+02:00');
      await api(t).post(`/api/v1/surveys/${created.id}/close`).expect(200);

      const items = await history(created.id);
      const ats = items.map((item) => Date.parse(item.at));
      expect(ats).toEqual([...ats].sort((a, b) => a - b));
      for (const item of items) expect(new Date(item.at).toISOString()).toBe(item.at);
      const own = items.filter((item) => item.entityType === 'survey');
      expect(own.map((item) => [item.action, item.actorLabel])).toEqual([
        ['survey.created', 'skr:skr key'],
        ['survey.updated', 'skr:skr key'],
        ['survey.sent', 'skr:skr key'],
        ['survey.closed', 'admin:admin key'],
      ]);
      expect(own.every((item) => item.entityId === created.id)).toBe(true);
      expect(await surveyActions(created.reference)).toEqual(own.map((item) => item.action));
    });

    it('answers 404 for the history of an unknown survey', async () => {
      const response = await skr().get(
        '/api/v1/surveys/00000000-0000-4000-8000-000000000000/history',
      );
      expectError(response, 404, 'NOT_FOUND');
    });
  });
});
