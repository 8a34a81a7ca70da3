import type { Response } from 'supertest';
import { HOSTILE_TITLE, type PublicCases, seedPublicCases } from './browser/public-cases';
import { api } from './support/api';
import { startTestApp, TestApp } from './support/test-app';

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** What a reader sees: inline tags dropped, block tags as spaces, entities decoded. */
function textOf(markup: string): string {
  return markup
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<\/?(a|span|strong|time|b|em)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity])
    .replace(/\s+/g, ' ')
    .trim();
}

function expectHtmlPage(response: Response, status: number): string {
  expect({ status: response.status, type: response.headers['content-type'] }).toEqual({
    status,
    type: 'text/html; charset=utf-8',
  });
  expect(response.text).toMatch(/^<!doctype html>\s*<html lang="sv">/);
  expect(response.headers['content-security-policy']).toContain("script-src 'self'");
  expect(response.text).not.toMatch(/<script/i);
  return textOf(response.text);
}

describe('public pages', () => {
  let t: TestApp;
  let cases: PublicCases;
  const page = (path: string) => api(t, null).get(path);

  beforeAll(async () => {
    t = await startTestApp({ FLAG_SCAN_INTERVAL_SECONDS: '0' });
    cases = await seedPublicCases(t);
  });
  afterAll(() => t.close());

  describe('start page', () => {
    it('is Swedish HTML with a labelled search form, a skip link and an explanation', async () => {
      const response = await page('/');
      const text = expectHtmlPage(response, 200);
      expect(response.text).toContain('<title>Enkätkollen</title>');
      expect(response.text).toContain('<a class="skip-link" href="#innehall">');
      expect(response.text).toContain('<main id="innehall" tabindex="-1">');
      expect(response.text).toContain('<label for="q">Sök enkät</label>');
      expect(response.text).toMatch(/<input\s+id="q"\s+name="q"\s+type="search"/);
      expect(response.text).toContain('<button type="submit">Sök</button>');
      expect(response.text).toContain('<form class="search" action="/" method="get"');
      expect(text).toContain('ska en statlig myndighet samråda med Sveriges Kommuner och Regioner');
      expect(text).not.toContain('Sökresultat');
    });

    it('treats a blank q as the start page and tolerates unknown parameters', async () => {
      expect(expectHtmlPage(await page('/?q=+++'), 200)).not.toContain('Sökresultat');
      expect(expectHtmlPage(await page('/?q=CVE&utm_source=nyhetsbrev'), 200)).toContain(
        'Sökresultat',
      );
    });

    it('is left out of the OpenAPI document', async () => {
      const document = (await page('/docs-json').expect(200)).body as { paths: object };
      const paths = Object.keys(document.paths);
      expect(paths).not.toContain('/');
      expect(paths.filter((path) => path.startsWith('/enkater'))).toEqual([]);
      expect(paths).toContain('/api/v1/lookup');
    });
  });

  describe('results', () => {
    it('shows the CVE survey as sent without consultation, in Swedish', async () => {
      const response = await page('/?q=CVE');
      const text = expectHtmlPage(response, 200);
      expect(response.text).toContain('<title>Sökresultat för ”CVE” – Enkätkollen</title>');
      expect(text).toContain('2 enkäter matchar CVE. Senast skickade först.');
      expect(text).toContain(
        'Kartläggning av kommunernas arbete mot våldsbejakande extremism ' +
          'Center mot våldsbejakande extremism (CVE) ' +
          `Referens: ${cases.cve} Skickad: 1 februari 2021 Sista svarsdag: 1 mars 2021 kl. 23.59 ` +
          'Samråd med SKR: nej SKR:s besked: inget besked Nätverkets beslut: ingen ' +
          'Frivillig att besvara: oklart Flaggor: Skickad utan samråd med SKR',
      );
      expect(response.text).toContain(`href="/enkater/${cases.cve}"`);
      expect(response.text).toContain('<time datetime="2021-02-01T08:00:00.000Z">');
    });

    it('shows SKR advising against, the network decision and voluntariness', async () => {
      const text = expectHtmlPage(await page(`/?q=${cases.socialstyrelsen}`), 200);
      expect(text).toContain('1 enkät matchar');
      expect(text).toContain(
        'Samråd med SKR: ja SKR:s besked: avrådde Nätverkets beslut: noterad ' +
          'Frivillig att besvara: ja',
      );
      expect(text).toContain('Skickad trots att SKR avrådde');
      expect(text).toContain('Sista svarsdag: 7 maj 2021 kl. 12.00');
    });

    it('says consultation is not required for Region Dalarna, with its short window', async () => {
      const text = expectHtmlPage(await page('/?q=region+dalarna'), 200);
      expect(text).toContain('Samråd med SKR: krävs inte');
      expect(text).toContain('Sista svarsdag: 28 september 2020 kl. 12.00');
      expect(text).toContain('Kort svarstid: färre arbetsdagar än SKR rekommenderar');
    });

    it('shows a withdrawn survey as never sent', async () => {
      const text = expectHtmlPage(await page(`/?q=${cases.withdrawn.toLowerCase()}`), 200);
      expect(text).toContain(
        'Status: dragen tillbaka före utskick Skickad: inte skickad Sista svarsdag: inte angiven ' +
          'Samråd med SKR: ja SKR:s besked: myndigheten drog tillbaka',
      );
    });

    it('never shows a draft', async () => {
      const text = expectHtmlPage(await page(`/?q=${cases.draft}`), 200);
      expect(text).toContain(`Ingen enkät matchar ${cases.draft}.`);
      expect(expectHtmlPage(await page('/?q=hemlöshet'), 200)).toContain('Ingen enkät matchar');
    });

    it('answers a q over 200 characters with 400 and a Swedish message in the form', async () => {
      const text = expectHtmlPage(await page(`/?q=${'a'.repeat(201)}`), 400);
      expect(text).toContain('Fel: Sökningen får vara högst 200 tecken lång.');
    });
  });

  describe('escaping', () => {
    it('escapes a hostile survey title in the results and on its page', async () => {
      const results = await page('/?q=skolmiljö');
      expect(textOf(results.text)).toContain(HOSTILE_TITLE);
      expect(results.text).toContain(
        '&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt; Enkät om &lt;b&gt;skolmiljö&lt;/b&gt; &amp; trivsel',
      );
      expect(results.text).not.toContain('<script>alert');
      expect(results.text).not.toContain('<b>skolmiljö</b>');

      const detail = await page(`/enkater/${cases.hostileTitle}`);
      expectHtmlPage(detail, 200);
      expect(detail.text).toContain(
        '<h1>&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt; Enkät om &lt;b&gt;skolmiljö&lt;/b&gt; &amp; trivsel</h1>',
      );
    });

    it('escapes the search words echoed back into the form and the summary', async () => {
      const q = '"><script>alert(1)</script>';
      const response = await page(`/?q=${encodeURIComponent(q)}`);
      expectHtmlPage(response, 200);
      expect(response.text).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
      expect(response.text).toContain(
        'Ingen enkät matchar <strong>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</strong>',
      );
    });
  });

  describe('survey page', () => {
    it('shows everything about the Socialstyrelsen case', async () => {
      const response = await page(`/enkater/${cases.socialstyrelsen.toLowerCase()}`);
      const text = expectHtmlPage(response, 200);
      expect(response.text).toContain(
        '<title>Enkät om första linjens chefer i socialtjänsten – Enkätkollen</title>',
      );
      expect(response.text).toContain('<h1>Enkät om första linjens chefer i socialtjänsten</h1>');
      expect(text).toContain('Från Socialstyrelsen (SoS)');
      expect(text).toContain('Samråd med SKR: ja SKR:s besked: avrådde');
      expect(text).toContain('Syfte Kartlägga arbetsvillkor för första linjens chefer');
      expect(text).toContain('Mottagare alla kommuner (290 st.)');
      expect(text).toContain('Antal frågor 9');
      expect(text).toContain('Beräknad tid per svar 30 minuter');
      expect(text).toContain('Insamlingssätt webbenkät');
      expect(text).toContain('men SKR avrådde från enkäten');
      expect(text).toContain('Med Begärt Avslutat Besked SKR 22 mars 2021 6 april 2021 avrådde');
      expect(text).toContain('Socialchefsnätverket, möte 8 april 2021: noterad');
      expect(text).toContain(
        'Missivet säger att SKR har samråtts, och det säger att det är frivilligt att svara.',
      );
      expect(text).toContain('Samråd har skett med Sveriges Kommuner och Regioner (SKR)');
      expect(text).toContain('Det är frivilligt att besvara enkäten');
    });

    it('explains a missing consultation on the CVE page', async () => {
      const text = expectHtmlPage(await page(`/enkater/${cases.cve}`), 200);
      expect(text).toContain('Enkäten skickades innan något samråd med SKR var avslutat.');
      expect(text).toContain('Inget samråd är registrerat.');
      expect(text).toContain('Missivet (följebrevet) är inte registrerat.');
    });

    it('answers 404 in Swedish for an unknown reference and for a draft', async () => {
      const unknown = expectHtmlPage(await page('/enkater/ENK-2019-9999'), 404);
      expect(unknown).toContain('Enkäten finns inte');
      expect(unknown).toContain('Det finns ingen publicerad enkät med referensen ENK-2019-9999.');
      const draft = expectHtmlPage(await page(`/enkater/${cases.draft}`), 404);
      expect(draft).toContain('Enkäten finns inte');
    });

    it('answers 400 in Swedish for something that is not a reference', async () => {
      const text = expectHtmlPage(await page('/enkater/%3Cscript%3E'), 400);
      expect(text).toContain('Felaktig referens');
      expect(text).toContain('”<script>” är ingen referens.');
    });
  });
});

describe('public pages rate limit', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ LOOKUP_RATE_LIMIT_PER_MINUTE: '3', FLAG_SCAN_INTERVAL_SECONDS: '0' });
  });
  afterAll(() => t.close());

  it('shares one budget with the lookup and answers 429 as a Swedish page', async () => {
    await api(t, null).get('/').expect(200);
    await api(t, null).get('/api/v1/lookup?q=CVE').expect(200);
    await api(t, null).get('/?q=CVE').expect(200);
    const limited = await api(t, null).get('/?q=CVE');
    const text = expectHtmlPage(limited, 429);
    expect(text).toContain('För många sökningar');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await api(t, null).get('/api/v1/lookup?q=CVE')).status).toBe(429);
  });
});
