import request, { type Response } from 'supertest';
import { FlagScheduler } from '../src/flags/flag-scheduler.service';
import { api } from './support/api';
import { expectError, type HistoryEntry } from './support/e2e-helpers';
import { surveyBody } from './support/fixtures';
import { asPerson, createPerson, type Person, signIn } from './support/people';
import { startTestApp, TestApp } from './support/test-app';

type Caller =
  | 'admin key'
  | 'skr key'
  | 'network key'
  | 'registrar key'
  | 'admin person'
  | 'skr person'
  | 'network person'
  | 'agency person'
  | 'nobody';

type Endpoint = 'list' | 'create' | 'get' | 'update' | 'me';

/** Who may do what with people's accounts: only administrators, by key or in person. */
const EXPECTED: Record<Caller, Record<Endpoint, number>> = {
  'admin key': { list: 200, create: 201, get: 200, update: 200, me: 200 },
  'skr key': { list: 403, create: 403, get: 403, update: 403, me: 200 },
  'network key': { list: 403, create: 403, get: 403, update: 403, me: 200 },
  'registrar key': { list: 403, create: 403, get: 403, update: 403, me: 200 },
  'admin person': { list: 200, create: 201, get: 200, update: 200, me: 200 },
  'skr person': { list: 403, create: 403, get: 403, update: 403, me: 200 },
  'network person': { list: 403, create: 403, get: 403, update: 403, me: 200 },
  'agency person': { list: 403, create: 403, get: 403, update: 403, me: 200 },
  nobody: { list: 401, create: 401, get: 401, update: 401, me: 401 },
};

interface Client {
  get(path: string): Promise<Response>;
  post(path: string, body: object): Promise<Response>;
  patch(path: string, body: object): Promise<Response>;
}

describe('person accounts', () => {
  let t: TestApp;
  let networkId: string;
  let agencyId: string;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  beforeEach(async () => {
    await t.reset();
    networkId = (
      await api(t).post('/api/v1/networks', { name: 'Socialchefsnätverket', scope: 'national' })
    ).body.id;
    agencyId = (
      await api(t)
        .post('/api/v1/agencies', { name: 'Socialstyrelsen', kind: 'state_agency' })
        .expect(201)
    ).body.id;
  });

  async function clientFor(caller: Caller): Promise<Client> {
    if (caller === 'nobody') return api(t, null);
    const [role, kind] = caller.split(' ') as [string, 'key' | 'person'];
    if (kind === 'key') {
      return api(t, role === 'admin' ? t.adminKey : await t.keyFor(role as 'skr'));
    }
    const binding = role === 'network' ? { networkId } : role === 'agency' ? { agencyId } : {};
    const person = await createPerson(t, { role: role as 'skr', ...binding });
    return asPerson(t, await signIn(t, person));
  }

  describe.each(Object.keys(EXPECTED) as Caller[])('called by %s', (caller) => {
    it('gets the status of the table for each endpoint, and changes nothing when refused', async () => {
      const client = await clientFor(caller);
      const target = await createPerson(t, { role: 'skr', name: 'Bo Ek' });
      const calls: Record<Endpoint, () => Promise<Response>> = {
        list: () => client.get('/api/v1/users'),
        create: () =>
          client.post('/api/v1/users', {
            name: 'Cecilia Lund',
            email: `cecilia.${caller.replace(' ', '-')}@example.se`,
            role: 'skr',
          }),
        get: () => client.get(`/api/v1/users/${target.id}`),
        update: () => client.patch(`/api/v1/users/${target.id}`, { name: 'Bo Ekström' }),
        me: () => client.get('/api/v1/me'),
      };
      const statuses: Record<string, number> = {};
      for (const [endpoint, call] of Object.entries(calls))
        statuses[endpoint] = (await call()).status;
      expect(statuses).toEqual(EXPECTED[caller]);
      const name = ((await api(t).get(`/api/v1/users/${target.id}`)).body as Person).name;
      expect(name).toBe(EXPECTED[caller].update === 200 ? 'Bo Ekström' : 'Bo Ek');
    });
  });

  describe('creating', () => {
    it('stores the e-mail lower-cased and refuses the same address in another case with 409', async () => {
      const created = await api(t)
        .post('/api/v1/users', { name: 'Anna Berg', email: 'Anna.Berg@SKR.se', role: 'skr' })
        .expect(201);
      expect(created.body).toMatchObject({
        name: 'Anna Berg',
        email: 'anna.berg@skr.se',
        role: 'skr',
        networkId: null,
        agencyId: null,
        active: true,
        hasPassword: false,
        lastSignInAt: null,
      });
      expect(created.body).not.toHaveProperty('passwordHash');
      const again = await api(t).post('/api/v1/users', {
        name: 'Anna B',
        email: 'anna.berg@skr.SE',
        role: 'admin',
      });
      expectError(again, 409, 'DUPLICATE');
    });

    it.each([
      [{ role: 'network' }, 'networkId'],
      [{ role: 'agency' }, 'agencyId'],
      [{ role: 'skr', networkId: '0b3c8a52-6c55-4c36-9a77-2f1f7e5c9a10' }, 'networkId'],
      [{ role: 'owner' }, 'role'],
      [{ role: 'skr', email: 'not an address' }, 'email'],
      [{ role: 'skr', password: 'kort' }, 'password'],
      [{ role: 'skr', password: 'password1234' }, 'password'],
      [{ role: 'skr', password: 'anna.berg-2026!' }, 'password'],
    ])('refuses %p naming %s', async (overrides, field) => {
      const response = await api(t).post('/api/v1/users', {
        name: 'Anna Berg',
        email: 'anna.berg@skr.se',
        ...overrides,
      });
      expectError(response, 400, 'VALIDATION_FAILED', field);
      expect((await api(t).get('/api/v1/users').expect(200)).body.total).toBe(0);
    });
  });

  describe('the history names who did what', () => {
    it('a person, a key and the system (the flag scan), each as such', async () => {
      const anna = await createPerson(t, { role: 'skr', name: 'Anna Berg' });
      const inThirtyDays = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      const created = await asPerson(t, await signIn(t, anna))
        .post(
          '/api/v1/surveys',
          surveyBody(agencyId, {
            plannedSendDate: inThirtyDays,
            coverLetterText:
              'Enkäten har tagits fram i samråd med Sveriges Kommuner och Regioner (SKR). ' +
              'Det är frivilligt att besvara enkäten.',
          }),
        )
        .expect(201);
      const id = (created.body as { id: string }).id;
      await api(t, await t.keyFor('skr'))
        .patch(`/api/v1/surveys/${id}`, { title: 'Ny titel' })
        .expect(200);
      await t.app.get(FlagScheduler).scan(new Date(Date.now() + 20 * 86_400_000));

      const items = (
        (
          await request(t.baseUrl)
            .get(`/api/v1/surveys/${id}/history`)
            .set('Authorization', `Bearer ${t.adminKey}`)
            .expect(200)
        ).body as { items: HistoryEntry[] }
      ).items;
      const byAction = (action: string) => items.find((item) => item.action === action);
      expect(byAction('survey.created')).toMatchObject({
        actor: { type: 'person', id: anna.id, name: 'Anna Berg', email: anna.email },
        actorLabel: 'skr:Anna Berg',
      });
      expect(byAction('survey.updated')).toMatchObject({
        actor: { type: 'key', id: expect.any(String), name: 'skr key' },
        actorLabel: 'skr:skr key',
      });
      expect(byAction('survey.updated')?.actor).not.toHaveProperty('email');
      expect(byAction('flag.raised')).toMatchObject({
        actor: { type: 'system', id: null, name: 'system' },
        changes: expect.objectContaining({ code: 'CONSULTATION_MISSING_BEFORE_SEND' }),
      });
    });
  });
});
