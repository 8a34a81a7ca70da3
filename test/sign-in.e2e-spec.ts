import request from 'supertest';
import { Clock } from '../src/common/clock';
import { api } from './support/api';
import { expectError } from './support/e2e-helpers';
import {
  asPerson,
  cookieNamed,
  cookieValue,
  createPerson,
  hiddenCsrf,
  PASSWORD,
  type Person,
  postSignIn,
  signIn,
  signInForm,
} from './support/people';
import { startTestApp, TestApp } from './support/test-app';

const MINUTE = 60_000;

describe('signing in with a password', () => {
  let t: TestApp;
  let now: number;
  const http = () => request(t.baseUrl);
  const me = (session: string) => http().get('/api/v1/me').set('Cookie', `enk_session=${session}`);

  beforeAll(async () => {
    t = await startTestApp({ TRUST_PROXY: 'loopback' });
  });

  afterAll(async () => {
    await t.close();
  });

  beforeEach(async () => {
    await t.reset();
    // The service's clock, moved on by the tests instead of waiting.
    now = Date.now();
    jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => now);
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  /** Posts the sign-in form and asserts the status, showing the page when it differs. */
  async function signInExpecting(
    status: number,
    email: string,
    password: string,
    options?: Parameters<typeof postSignIn>[3],
  ) {
    const response = await postSignIn(t, email, password, options);
    expect({ status: response.status, text: response.text.slice(0, 300) }).toMatchObject({
      status,
    });
    return response;
  }

  async function sessionCount(): Promise<number> {
    const rows: { n: number }[] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM sessions',
    );
    return rows[0].n;
  }

  describe('the sign-in', () => {
    it('signs a person in: a session cookie, /me names them, the time of sign-in is kept', async () => {
      const anna = await createPerson(t, { role: 'skr', name: 'Anna Berg' });
      const response = await signInExpecting(303, anna.email.toUpperCase(), PASSWORD);
      expect(response.headers.location).toBe('/dashboard');
      const cookie = cookieNamed(response, 'enk_session');
      expect(cookie).toMatch(/^enk_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
      expect(cookieNamed(response, 'enk_login_csrf')).toMatch(/^enk_login_csrf=; .*Max-Age=0/);
      const who = await me(cookieValue(cookie)).expect(200);
      expect(who.body).toMatchObject({
        type: 'person',
        id: anna.id,
        name: 'Anna Berg',
        email: anna.email,
        role: 'skr',
      });
      const user = await api(t).get(`/api/v1/users/${anna.id}`).expect(200);
      expect(user.body.lastSignInAt).toBe(new Date(now).toISOString());
    });

    it('marks the cookie Secure when a trusted proxy says the browser came over https', async () => {
      const anna = await createPerson(t, { role: 'skr' });
      const response = await signInExpecting(303, anna.email, PASSWORD, {
        headers: { 'X-Forwarded-Proto': 'https' },
      });
      expect(cookieNamed(response, 'enk_session')).toMatch(/; HttpOnly; SameSite=Lax; Secure$/);
    });

    it('gives the same answer for an unknown e-mail, a wrong password and a deactivated account', async () => {
      const anna = await createPerson(t, { role: 'skr' });
      const gone = await createPerson(t, { role: 'skr' });
      await api(t).patch(`/api/v1/users/${gone.id}`, { active: false }).expect(200);
      const answers = [
        await postSignIn(t, 'nobody@example.se', PASSWORD),
        await postSignIn(t, anna.email, `${PASSWORD}!`),
        await postSignIn(t, gone.email, PASSWORD),
      ];
      const pages = answers.map((response) => ({
        status: response.status,
        session: cookieNamed(response, 'enk_session'),
        text: response.text
          .replace(hiddenCsrf(response.text), 'TOKEN')
          .replace(/name="email"[^>]*value="[^"]*"/, 'EMAIL'),
      }));
      expect(pages[0].status).toBe(401);
      expect(pages[0].session).toBeUndefined();
      expect(pages[0].text).toContain('Fel e-postadress eller lösenord.');
      expect(pages[1]).toEqual(pages[0]);
      expect(pages[2]).toEqual(pages[0]);
    });

    it('locks an account after five failures, tells nothing more, and opens it after 15 minutes', async () => {
      const anna = await createPerson(t, { role: 'skr' });
      for (let i = 0; i < 5; i += 1) await signInExpecting(401, anna.email, 'fel lösenord!!');
      const locked = await signInExpecting(429, anna.email, PASSWORD);
      expect(locked.text).toContain('För många misslyckade försök');
      expect(cookieNamed(locked, 'enk_session')).toBeUndefined();
      // An e-mail without an account locks the same way: the lock does not reveal an account.
      for (let i = 0; i < 5; i += 1) await signInExpecting(401, 'locked.nobody@example.se', 'x');
      await signInExpecting(429, 'locked.nobody@example.se', 'x');
      // Another account from the same address is not locked.
      const bo = await createPerson(t, { role: 'skr' });
      await signInExpecting(303, bo.email, PASSWORD);
      now += 15 * MINUTE;
      await signInExpecting(303, anna.email, PASSWORD);
    });

    it('refuses a sign-in without the form token, or with a wrong one (login CSRF)', async () => {
      const anna = await createPerson(t, { role: 'skr' });
      const form = await signInForm(t);
      for (const tampered of [
        { ...form, cookie: '' },
        { ...form, token: '' },
        { ...form, token: `${form.token.slice(0, -1)}A` },
      ]) {
        await signInExpecting(403, anna.email, PASSWORD, { form: tampered });
      }
      expect(await sessionCount()).toBe(0);
    });

    it('refuses a 1 MB password with a 4xx before hashing, and a long one below the body limit', async () => {
      const anna = await createPerson(t, { role: 'skr' });
      const huge = await postSignIn(t, anna.email, 'a'.repeat(1_048_576));
      expect(huge.status).toBe(413);
      const long = await postSignIn(t, anna.email, 'a'.repeat(10_000));
      expect(long.status).toBe(400);
      expect(await sessionCount()).toBe(0);
    });
  });

  describe('next=', () => {
    let anna: Person;

    beforeEach(async () => {
      anna = await createPerson(t, { role: 'skr' });
    });

    it('returns to a page of this site', async () => {
      const response = await signInExpecting(303, anna.email, PASSWORD, {
        next: '/dashboard?ar=2025',
      });
      expect(response.headers.location).toBe('/dashboard?ar=2025');
    });

    it.each(['//evil.example/', '/\\evil.example/', 'https://evil.example/', '/\t/evil.example'])(
      'refuses %p and goes home instead',
      async (next) => {
        const response = await signInExpecting(303, anna.email, PASSWORD, { next });
        expect(response.headers.location).toBe('/dashboard');
      },
    );

    it('carries a safe next from the address into the form, and drops another host', async () => {
      const kept = await http().get('/logga-in?next=%2Fdashboard%3Far%3D2025').expect(200);
      expect(kept.text).toContain('<input type="hidden" name="next" value="/dashboard?ar=2025">');
      const dropped = await http().get('/logga-in?next=%2F%2Fevil.example').expect(200);
      expect(dropped.text).not.toContain('name="next"');
    });
  });

  describe('the session', () => {
    it('gets a new id at sign-in: a session id known before (planted or old) is not kept', async () => {
      const anna = await createPerson(t, { role: 'skr' });
      const first = await signIn(t, anna);
      const planted = 'p'.repeat(43);
      const response = await signInExpecting(303, anna.email, PASSWORD, {
        cookies: [`enk_session=${first.session}`, `enk_session=${planted}`],
      });
      const second = cookieValue(cookieNamed(response, 'enk_session'));
      expect(second).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(second).not.toBe(first.session);
      expect(second).not.toBe(planted);
      await me(first.session).expect(401);
      await me(second).expect(200);
    });

    it('ends after 60 idle minutes, and not while it is used', async () => {
      const anna = await createPerson(t, { role: 'skr' });
      const { session } = await signIn(t, anna);
      now += 59 * MINUTE;
      await me(session).expect(200);
      now += 59 * MINUTE;
      await me(session).expect(200);
      now += 60 * MINUTE;
      expectError(await me(session), 401, 'UNAUTHENTICATED');
      expect(await sessionCount()).toBe(0);
    });

    it('ends 10 hours after sign-in however busy', async () => {
      const anna = await createPerson(t, { role: 'skr' });
      const { session } = await signIn(t, anna);
      for (let minutes = 50; minutes < 600; minutes += 50) {
        now += 50 * MINUTE;
        await me(session).expect(200);
      }
      now += 50 * MINUTE;
      await me(session).expect(401);
    });

    it('ends at once when an administrator deactivates the person', async () => {
      const anna = await createPerson(t, { role: 'skr' });
      const { session } = await signIn(t, anna);
      const other = await signIn(t, anna);
      await api(t).patch(`/api/v1/users/${anna.id}`, { active: false }).expect(200);
      await me(session).expect(401);
      await me(other.session).expect(401);
      expect(await sessionCount()).toBe(0);
    });

    it('signs out here, or everywhere, with the form token only', async () => {
      const anna = await createPerson(t, { role: 'skr' });
      const here = await signIn(t, anna);
      const elsewhere = await signIn(t, anna);
      const third = await signIn(t, anna);
      const signOut = (path: string, signedIn: typeof here, token: string) =>
        http()
          .post(path)
          .type('form')
          .set('Cookie', `enk_session=${signedIn.session}`)
          .send({ csrfToken: token });
      await signOut('/logga-ut', here, 'wrong').expect(403);
      const out = await signOut('/logga-ut', here, here.csrfToken).expect(303);
      expect(out.headers.location).toBe('/logga-in');
      expect(cookieNamed(out, 'enk_session')).toMatch(/^enk_session=; Path=\/; Max-Age=0/);
      await me(here.session).expect(401);
      await me(elsewhere.session).expect(200);
      await signOut('/logga-ut-overallt', third, third.csrfToken).expect(303);
      await me(elsewhere.session).expect(401);
      expect(await sessionCount()).toBe(0);
    });
  });

  describe('the API in a session', () => {
    it('refuses a write without the CSRF header or with a wrong one, and takes it with the right one', async () => {
      const anna = await createPerson(t, { role: 'skr' });
      const signedIn = await signIn(t, anna);
      const agency = { name: 'Socialstyrelsen', kind: 'state_agency' };
      const bare = await http()
        .post('/api/v1/agencies')
        .set('Cookie', `enk_session=${signedIn.session}`)
        .send(agency);
      expectError(bare, 403, 'CSRF_REJECTED');
      expectError(
        await asPerson(t, signedIn, 'x'.repeat(43)).post('/api/v1/agencies', agency),
        403,
        'CSRF_REJECTED',
      );
      const { total } = (await api(t).get('/api/v1/agencies').expect(200)).body as {
        total: number;
      };
      expect(total).toBe(0);
      await asPerson(t, signedIn).post('/api/v1/agencies', agency).expect(201);
    });

    it('lets an agency person read but not write', async () => {
      const agency = await api(t)
        .post('/api/v1/agencies', { name: 'Socialstyrelsen', kind: 'state_agency' })
        .expect(201);
      const person = await createPerson(t, { role: 'agency', agencyId: agency.body.id });
      const signedIn = await signIn(t, person);
      await asPerson(t, signedIn).get('/api/v1/agencies').expect(200);
      expectError(
        await asPerson(t, signedIn).patch(`/api/v1/agencies/${agency.body.id}`, { shortName: 'X' }),
        403,
        'FORBIDDEN',
      );
    });

    it('tells a key who it is in /me', async () => {
      const response = await api(t).get('/api/v1/me').expect(200);
      expect(response.body).toEqual({
        type: 'key',
        id: expect.any(String),
        name: 'admin key',
        role: 'admin',
      });
    });
  });
});
