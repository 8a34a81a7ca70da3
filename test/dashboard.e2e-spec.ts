import request, { type Response } from 'supertest';
import { api } from './support/api';
import {
  cookieNamed,
  createPerson,
  hiddenCsrf,
  type PersonInput,
  postSignIn,
  signIn,
} from './support/people';
import { scenario } from './support/scenario';
import { competenceSupply, weeklySituationReport } from './support/seed-cases';
import { startTestApp, TestApp } from './support/test-app';

/** Intl's Swedish thousands separator is a no-break space. */
const nbsp = (text: string) => text.replaceAll(' ', '\u00a0');

describe('SKR dashboard', () => {
  let t: TestApp;

  const http = () => request(t.baseUrl);

  /** Signs a new person of the role in and returns the session cookie value. */
  async function login(role: 'skr' | 'admin' = 'skr', name?: string): Promise<string> {
    return (await signIn(t, await createPerson(t, { role, name }))).session;
  }

  const dashboard = (session: string, path = '/dashboard') =>
    http().get(path).set('Cookie', `enk_session=${session}`);
  /** A download in the session, its body as bytes whatever the content type; 200 expected. */
  const download = (session: string, path: string) =>
    dashboard(session, path)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);

  async function sessionCount(): Promise<number> {
    const rows: { n: number }[] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM sessions',
    );
    return rows[0].n;
  }

  beforeAll(async () => {
    t = await startTestApp({ FLAG_SCAN_INTERVAL_SECONDS: '0' });
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  describe('signing in', () => {
    it('sends an skr person from the sign-in to the dashboard, which names them', async () => {
      const session = await login('skr', 'Anna <Berg>');
      const page = await dashboard(session).expect(200);
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.text).toContain('Inloggad som Anna &lt;Berg&gt;');
    });

    it('lets an admin person in too', async () => {
      const session = await login('admin', 'Ada Admin');
      expect((await dashboard(session).expect(200)).text).toContain('Inloggad som Ada Admin');
    });

    it.each<PersonInput['role']>(['network', 'agency'])(
      'refuses a %s person with a Swedish 403 page',
      async (role) => {
        const binding =
          role === 'network'
            ? { networkId: await scenario(t).network() }
            : { agencyId: await scenario(t).agency('socialstyrelsen') };
        const { session } = await signIn(t, await createPerson(t, { role, ...binding }));
        const response = await dashboard(session).expect(403);
        expect(response.text).toContain('<html lang="sv">');
        expect(response.text).toContain('Åtkomst nekad');
      },
    );

    it('sends a browser that is already signed in from the sign-in page to the dashboard', async () => {
      const session = await login();
      const response = await http()
        .get('/logga-in')
        .set('Cookie', `enk_session=${session}`)
        .expect(303);
      expect(response.headers.location).toBe('/dashboard');
    });
  });

  describe('the session', () => {
    it('sends a browser without a session, or with a made-up one, to sign in and back', async () => {
      for (const cookie of [undefined, 'enk_session=nonsense', `enk_session=${'a'.repeat(43)}`]) {
        let req = http().get('/dashboard?ar=2020');
        if (cookie) req = req.set('Cookie', cookie);
        const response = await req.expect(303);
        expect(response.headers.location).toBe('/logga-in?next=%2Fdashboard%3Far%3D2020');
      }
    });

    it('does not accept an API key instead of the session', async () => {
      const response = await api(t).get('/dashboard').expect(303);
      expect(response.headers.location).toBe('/logga-in?next=%2Fdashboard');
    });

    it('ends when the person is deactivated', async () => {
      const person = await createPerson(t, { role: 'skr' });
      const { session } = await signIn(t, person);
      await dashboard(session).expect(200);
      await api(t).patch(`/api/v1/users/${person.id}`, { active: false }).expect(200);
      expect((await dashboard(session).expect(303)).headers.location).toMatch(/^\/logga-in/);
    });
  });

  describe('signing out', () => {
    function logout(session: string, csrfToken?: string) {
      return http()
        .post('/logga-ut')
        .type('form')
        .set('Cookie', `enk_session=${session}`)
        .send(csrfToken === undefined ? {} : { csrfToken });
    }

    it('refuses a sign-out without the CSRF token or with a wrong one, and keeps the session', async () => {
      const session = await login();
      for (const token of [undefined, '', 'wrong', 'x'.repeat(43)]) {
        const response = await logout(session, token).expect(403);
        expect(response.text).toContain('Formuläret kunde inte skickas');
      }
      await dashboard(session).expect(200);
      expect(await sessionCount()).toBe(1);
    });

    it('ends the session with the token from the page, clears the cookie and redirects', async () => {
      const session = await login();
      const token = hiddenCsrf((await dashboard(session).expect(200)).text);
      const response = await logout(session, token).expect(303);
      expect(response.headers.location).toBe('/logga-in');
      expect(cookieNamed(response, 'enk_session')).toMatch(
        /^enk_session=; Path=\/; Max-Age=0; HttpOnly; SameSite=Lax$/,
      );
      expect(await sessionCount()).toBe(0);
      await dashboard(session).expect(303);
      const history: { action: string }[] = await t.dataSource.query(
        `SELECT action FROM audit_events WHERE action LIKE 'session.%' ORDER BY id`,
      );
      expect(history.map((event) => event.action)).toEqual(['session.started', 'session.ended']);
    });

    it('sends a sign-out without a session to the sign-in page', async () => {
      const response = await http()
        .post('/logga-ut')
        .type('form')
        .send({ csrfToken: 'x' })
        .expect(303);
      expect(response.headers.location).toBe('/logga-in');
    });
  });

  describe('the page', () => {
    /** Case 5 (the weekly situation report) and case 4 (competence supply), as in domain.md. */
    async function seed(): Promise<void> {
      const s = scenario(t);
      const sos = await s.agency('socialstyrelsen');
      await weeklySituationReport(t, sos);
      await competenceSupply(t, sos, await s.network());
    }

    /** The text of a key figure, tags removed. */
    function keyFigure(html: string, term: string): string {
      const dd = new RegExp(`<dt>${term}</dt><dd>(.*?)</dd>`).exec(html)?.[1] ?? '';
      return dd.replace(/<[^>]+>/g, '');
    }

    /** One section of the page, by the id of its heading. */
    function section(html: string, id: string): string {
      const match = new RegExp(
        `<section class="kort" aria-labelledby="${id}-rubrik">.*?</section>`,
      ).exec(html);
      return match?.[0] ?? '';
    }

    /** The visible text of a table row that starts with `header`. */
    function rowCells(html: string, header: string): string[] {
      const row = new RegExp(`<tr><th scope="row"[^>]*>${header}</th>(.*?)</tr>`).exec(html);
      return [...(row?.[1] ?? '').matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
    }

    it('shows the seeded burden, consultation and flags for the newest year by default', async () => {
      await seed();
      const session = await login();
      const response = await dashboard(session).expect(200);
      const html = response.text;
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(html).toContain('<h1>Översikt 2020</h1>');
      expect(html).toContain('<option value="2020" selected>2020</option>');
      // Key figures: 5 800 h + 105 h estimated; 246 h (253 + 239 answers × 30 min) + 105 h realized.
      expect(keyFigure(html, 'Enkäter under året')).toBe('2');
      expect(keyFigure(html, 'Beräknad tid')).toBe(`${nbsp('5 905')} timmar`);
      expect(keyFigure(html, 'Faktisk tid')).toBe('351 timmar');
      expect(keyFigure(html, 'Kostnad')).toBe(
        `${nbsp('210 600 kr')}faktisk tid × 600\u00a0kr per timme`,
      );
      // Per month: April has five weekly occurrences (5 × 145 h) and the two rounds answered.
      expect(rowCells(html, 'april')).toEqual(['725', '246']);
      // September: five weekly occurrences and the competence survey with its interviews.
      expect(rowCells(html, 'september')).toEqual(['830', '105']);
      expect(rowCells(html, 'januari')).toEqual(['0', '0']);
      // The charts carry the same figures as SVG text.
      expect(html).toMatch(/<text [^>]*class="varde">725<\/text>/);
      expect(html).toMatch(/<text [^>]*class="varde">246<\/text>/);
      expect(html).toContain(`<text x="330" y="30" text-anchor="end">Socialstyrelsen</text>`);
      const agencies = section(html, 'myndigheter-borda');
      expect(agencies).toContain(`font-weight="bold">${nbsp('5 905')} h</text>`);
      expect(rowCells(agencies, 'Socialstyrelsen')).toEqual(['2', nbsp('5 905'), '351']);
      const consultation = section(html, 'samrad-andel');
      expect(consultation).toContain(`font-weight="bold">${nbsp('100 %')} (2 av 2)</text>`);
      expect(rowCells(consultation, 'Socialstyrelsen')).toEqual(['2', '2', nbsp('100 %')]);
      // Open flags with Swedish names, all thirteen listed.
      expect(rowCells(html, 'Hög uppgiftsbörda')).toEqual([
        'Stor beräknad arbetsbörda för kommunerna',
        'information',
        '1',
      ]);
      expect(rowCells(html, 'Skickad trots nätverkets nej')).toEqual([
        'Skickad trots att socialchefsnätverket avböjde den',
        'varning',
        '1',
      ]);
      expect(rowCells(html, 'Skickad utan samråd')).toEqual([
        'Skickad utan samråd med SKR',
        'kritisk',
        '0',
      ]);
      const flags = section(html, 'oppna-flaggor');
      expect(flags.match(/<rect class="stapel"/g)).toHaveLength(13);
      expect(flags).toContain('>Skickad trots nätverkets nej</text>');
    });

    it('lists every municipality with its share of the hours', async () => {
      await seed();
      const html = (await dashboard(await login()).expect(200)).text;
      const table = /<table class="kommuntabell">.*?<\/table>/.exec(html)?.[0] ?? '';
      expect(table.match(/<tr><th scope="row">/g)).toHaveLength(290);
      // In the competence sample: 5 800 h / 290 + 105 h / 100; 246 h / 290 + 105 h / 100,
      // rounded to hundredths as the burden report rounds them.
      expect(rowCells(table, 'Upplands Väsby')).toEqual([
        '2',
        '21,05',
        '1,9',
        '1\u00a0139\u00a0kr',
      ]);
      // Dalarna was left out of the sample: only the weekly report.
      expect(rowCells(table, 'Falun')).toEqual(['1', '20', '0,85', '509\u00a0kr']);
    });

    it('shows another year on request, with nothing sent that year', async () => {
      await seed();
      const html = (await dashboard(await login(), '/dashboard?ar=2021').expect(200)).text;
      expect(html).toContain('<h1>Översikt 2021</h1>');
      expect(html).toContain('<option value="2021" selected>2021</option>');
      expect(html).toContain('<option value="2020">2020</option>');
      expect(html).toContain('Inga enkäter med utskick 2021.');
      expect(html).toContain('Inga enkäter till kommuner 2021.');
    });

    it('answers an invalid year with a Swedish 400 page', async () => {
      const session = await login();
      for (const path of ['/dashboard?ar=tjugo', '/dashboard?ar=1999', '/dashboard?okand=1']) {
        const response = await dashboard(session, path).expect(400);
        expect(response.text).toContain('<h1>Felaktig begäran</h1>');
      }
    });

    it('escapes names from the data', async () => {
      await api(t)
        .post('/api/v1/agencies', { name: '<script>alert(1)</script> & Co', kind: 'state_agency' })
        .expect(201)
        .then(async (response) => {
          const agencyId = (response.body as { id: string }).id;
          const survey = await scenario(t).survey(agencyId, { title: 'Enkät' });
          await scenario(t).send(survey.id, '2020-05-04T09:00:00+02:00');
        });
      const html = (await dashboard(await login(), '/dashboard?ar=2020').expect(200)).text;
      expect(html).not.toContain('<script>');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    });

    it('links to the exports of the year and streams them with the session instead of a key', async () => {
      await seed();
      const session = await login();
      const html = (await dashboard(session).expect(200)).text;
      expect(html).toContain('href="/dashboard/export/enkater.csv?ar=2020"');
      expect(html).toContain('href="/dashboard/export/borda-per-kommun.xlsx?ar=2020"');

      const csv = await download(session, '/dashboard/export/enkater.csv?ar=2020');
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toMatch(
        /^attachment; filename="enkater-2020-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      const text = (csv.body as Buffer).toString('utf8');
      expect(text.startsWith('\uFEFFReferens;Titel;Myndighet')).toBe(true);
      expect(text).toContain('Lägesrapport socialtjänsten under pandemin');
      expect(text).toContain('Kompetensförsörjning inom socialtjänsten');

      const burden = await dashboard(
        session,
        '/dashboard/export/borda-per-kommun.csv?ar=2020',
      ).expect(200);
      expect(burden.text).toContain('0114;Upplands Väsby;2;21,05;1,9;');

      const xlsx = await download(session, '/dashboard/export/borda-per-manad.xlsx?ar=2020');
      expect(xlsx.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect((xlsx.body as Buffer).subarray(0, 2).toString('latin1')).toBe('PK');
    });

    it('sends an export request without a session to sign in, and knows only its files', async () => {
      const redirected = await http().get('/dashboard/export/enkater.csv?ar=2020').expect(303);
      expect(redirected.headers.location).toBe(
        '/logga-in?next=%2Fdashboard%2Fexport%2Fenkater.csv%3Far%3D2020',
      );
      const session = await login();
      for (const name of ['losenord.csv', 'enkater.pdf', 'constructor.csv']) {
        const response = await dashboard(session, `/dashboard/export/${name}`).expect(404);
        expect(response.text).toContain('<h1>Sidan finns inte</h1>');
      }
    });

    it('serves its stylesheet without a session', async () => {
      const response = await http().get('/dashboard/stil.css').expect(200);
      expect(response.headers['content-type']).toBe('text/css; charset=utf-8');
      expect(response.text).toContain(':focus-visible');
    });
  });
});

describe('sign-in failures per client address', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ SIGN_IN_FAILURES_PER_ADDRESS: '2', FLAG_SCAN_INTERVAL_SECONDS: '0' });
  });
  afterAll(() => t.close());

  it('answers the third failure from one address, for any e-mail, with a Swedish 429 page', async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (const email of ['a@example.se', 'b@example.se', 'c@example.se']) {
      last = await postSignIn(t, email, 'fel lösenord!!');
      statuses.push(last.status);
    }
    expect(statuses).toEqual([401, 401, 429]);
    expect(last?.text).toContain('För många misslyckade försök');
    expect(last?.headers['retry-after']).toMatch(/^[1-9][0-9]*$/);
    // The form itself stays available.
    await request(t.baseUrl).get('/logga-in').expect(200);
  });
});
