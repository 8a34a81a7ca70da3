import request from 'supertest';
import { FirstRunService } from '../src/first-run/first-run.service';
import { api } from './support/api';
import { cookieNamed, cookieValue, hiddenCsrf, PASSWORD, postSignIn } from './support/people';
import { startTestApp, TestApp, truncateAll } from './support/test-app';

describe('first run', () => {
  describe('with the one-time link', () => {
    let t: TestApp;
    let link: string;

    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    beforeEach(async () => {
      await truncateAll(t.dataSource);
      // What a start does on an empty database.
      const firstRun = t.app.get(FirstRunService);
      await firstRun.onApplicationBootstrap();
      link = firstRun.takeLink() ?? '';
      t.adminKey = (await t.keyFor('admin')) as string;
    });

    async function openForm(path = link) {
      const response = await request(t.baseUrl).get(path);
      return {
        response,
        cookie: cookieValue(cookieNamed(response, 'enk_login_csrf')),
        csrfToken: hiddenCsrf(response.text),
      };
    }

    function submit(form: { cookie: string; csrfToken: string }, fields: Record<string, string>) {
      return request(t.baseUrl)
        .post('/forsta-start')
        .type('form')
        .set('Cookie', `enk_login_csrf=${form.cookie}`)
        .send({
          csrfToken: form.csrfToken,
          token: new URL(link, t.baseUrl).searchParams.get('token'),
          ...fields,
        });
    }

    const admin = { name: 'Ada Admin', email: 'ada@skr.se', password: PASSWORD };

    it('issues a link once, stores only its hash, and its page creates the admin and signs them in', async () => {
      expect(link).toMatch(/^\/forsta-start\?token=[A-Za-z0-9_-]{43}$/);
      expect(t.app.get(FirstRunService).takeLink()).toBeNull();
      const stored: { token_hash: string }[] = await t.dataSource.query(
        'SELECT token_hash FROM first_run_tokens',
      );
      expect(stored).toHaveLength(1);
      expect(JSON.stringify(stored)).not.toContain(link.split('=')[1]);

      const form = await openForm();
      expect(form.response.status).toBe(200);
      expect(form.response.text).toContain('<h1>Första start</h1>');
      const created = await submit(form, admin).expect(303);
      expect(created.headers.location).toBe('/dashboard');
      const session = cookieValue(cookieNamed(created, 'enk_session'));
      const me = await request(t.baseUrl)
        .get('/api/v1/me')
        .set('Cookie', `enk_session=${session}`)
        .expect(200);
      expect(me.body).toMatchObject({ type: 'person', role: 'admin', email: 'ada@skr.se' });
    });

    it('refuses the link a second time, and creates no second admin', async () => {
      const form = await openForm();
      await submit(form, admin).expect(303);
      expect((await openForm()).response.status).toBe(410);
      const again = await submit(form, { ...admin, email: 'eve@example.se' });
      expect(again.status).toBe(410);
      expect(again.text).toContain('Länken gäller inte');
      const users = await api(t).get('/api/v1/users').expect(200);
      expect(users.body.total).toBe(1);
    });

    it('keeps the link when the form is refused, naming the problem in Swedish', async () => {
      const form = await openForm();
      const refused = await submit(form, { ...admin, password: 'kort' }).expect(400);
      expect(refused.text).toContain('Lösenordet måste ha minst 12 tecken.');
      expect(refused.text).toContain('value="ada@skr.se"');
      await submit(await openForm(), admin).expect(303);
    });

    it('refuses a made-up token and a link older than 24 hours', async () => {
      expect((await openForm(`/forsta-start?token=${'a'.repeat(43)}`)).response.status).toBe(410);
      await t.dataSource.query(
        `UPDATE first_run_tokens SET expires_at = now() - interval '1 second'`,
      );
      expect((await openForm()).response.status).toBe(410);
    });
  });

  describe('unattended, with BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD', () => {
    let t: TestApp;

    beforeAll(async () => {
      t = await startTestApp({
        BOOTSTRAP_ADMIN_EMAIL: 'Drift@Example.se',
        BOOTSTRAP_ADMIN_PASSWORD: PASSWORD,
      });
    });
    afterAll(() => t.close());

    it('creates the admin, who signs in, and issues no link', async () => {
      await truncateAll(t.dataSource);
      const firstRun = t.app.get(FirstRunService);
      await firstRun.onApplicationBootstrap();
      expect(firstRun.takeLink()).toBeNull();
      const signedIn = await postSignIn(t, 'drift@example.se', PASSWORD);
      expect(signedIn.status).toBe(303);
      // A second start finds a person and changes nothing.
      await firstRun.onApplicationBootstrap();
      const rows: { n: number }[] = await t.dataSource.query(
        'SELECT count(*)::int AS n FROM users',
      );
      expect(rows[0].n).toBe(1);
    });
  });
});
