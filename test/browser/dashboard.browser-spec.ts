import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createPerson, PASSWORD, type Person } from '../support/people';
import { scenario } from '../support/scenario';
import { competenceSupply, cveUnconsulted, weeklySituationReport } from '../support/seed-cases';
import { startTestApp, type TestApp } from '../support/test-app';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const SCREENSHOTS = join(__dirname, '..', '.tmp');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const nbsp = (text: string) => text.replaceAll(' ', '\u00a0');
/** axe checks every cell of the 290-row municipality table: slow on a busy machine. */
const AXE_TIMEOUT_MS = 240_000;

/** Cases 5 (weekly situation report), 4 (competence supply) and 1 (CVE), as in domain.md. */
async function seed(t: TestApp): Promise<void> {
  const s = scenario(t);
  const sos = await s.agency('socialstyrelsen');
  await weeklySituationReport(t, sos);
  await competenceSupply(t, sos, await s.network());
  // Case 1: CVE sends to all municipalities without consulting SKR.
  await cveUnconsulted(t, await s.agency('cve'), {
    survey: {
      title: 'Kartläggning av arbetet mot våldsbejakande extremism',
      plannedSendDate: '2020-11-02',
    },
    sentAt: '2020-11-02T09:00:00+01:00',
  });
}

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

describe('SKR dashboard in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let anna: Person;

  /** Tabs to the e-mail field (the skip link comes first), then the password; Enter. */
  async function typeSignIn(page: Page, password: string): Promise<void> {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.locator('#epost:focus').waitFor();
    await page.keyboard.type(anna.email);
    await page.keyboard.press('Tab');
    await page.locator('#losenord:focus').waitFor();
    await page.keyboard.type(password);
  }

  /** From the dashboard's address through the sign-in page and back, by keyboard alone. */
  async function logInWithKeyboard(page: Page): Promise<void> {
    await page.goto(`${t.baseUrl}/dashboard`);
    await typeSignIn(page, PASSWORD);
    await Promise.all([page.waitForURL(`${t.baseUrl}/dashboard`), page.keyboard.press('Enter')]);
  }

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    return context.newPage();
  }

  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    t = await startTestApp({ FLAG_SCAN_INTERVAL_SECONDS: '0' });
    await seed(t);
    anna = await createPerson(t, { role: 'skr', name: 'Anna Berg' });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it(
    'sends a visitor to a sign-in form without accessibility violations',
    async () => {
      const page = await newPage();
      await page.goto(`${t.baseUrl}/dashboard`);
      expect(page.url()).toBe(`${t.baseUrl}/logga-in?next=%2Fdashboard`);
      expect(await page.locator('html').getAttribute('lang')).toBe('sv');
      await expect(page.getByLabel('E-postadress').getAttribute('type')).resolves.toBe('email');
      await expect(page.getByLabel('Lösenord').getAttribute('type')).resolves.toBe('password');
      await page.screenshot({ path: join(SCREENSHOTS, 'sign-in.png'), fullPage: true });
      expect(await violations(page)).toEqual([]);
    },
    AXE_TIMEOUT_MS,
  );

  it(
    'shows a failed sign-in as an alert, keeps the e-mail, and has no accessibility violations',
    async () => {
      const page = await newPage();
      await page.goto(`${t.baseUrl}/logga-in`);
      await typeSignIn(page, 'inte mitt lösenord');
      await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
      await page.locator('[role="alert"]').waitFor();
      expect(await page.locator('[role="alert"] p').textContent()).toBe(
        'Fel e-postadress eller lösenord.',
      );
      expect(await page.locator('#epost').inputValue()).toBe(anna.email);
      await page.screenshot({ path: join(SCREENSHOTS, 'sign-in-failed.png'), fullPage: true });
      expect(await violations(page)).toEqual([]);
    },
    AXE_TIMEOUT_MS,
  );

  it('shows a visible skip link first and logs in with the keyboard alone', async () => {
    const page = await newPage();
    await page.goto(`${t.baseUrl}/logga-in`);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.hoppa:focus');
    expect(await skip.textContent()).toBe('Hoppa till innehållet');
    const box = await skip.boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    await logInWithKeyboard(page);
    expect(await page.locator('h1').textContent()).toBe('Översikt 2020');
  });

  it('draws the seeded figures into the charts', async () => {
    const page = await newPage();
    await logInWithKeyboard(page);
    const monthValues = await page.locator('#diagram-manad text.varde').allTextContents();
    expect(monthValues).toEqual(expect.arrayContaining(['725', '246', '830', '105']));
    const [aprilEstimated, aprilRealized] = await Promise.all(
      [0, 1].map((serie) =>
        page
          .locator(`#diagram-manad g.grupp >> nth=3 >> rect[data-serie="${serie}"]`)
          .boundingBox(),
      ),
    );
    // 725 and 246 hours on the same axis.
    expect((aprilEstimated?.height ?? 0) / (aprilRealized?.height ?? 1)).toBeCloseTo(725 / 246, 1);

    const agencies = await page.locator('#diagram-myndigheter text').allTextContents();
    expect(agencies.slice(0, 2)).toEqual(['Socialstyrelsen', `${nbsp('5 905')} h`]);
    expect(agencies.slice(2)).toEqual(['Center mot våldsbejakande extremism', '145 h']);
    const shares = await page.locator('#diagram-samrad text').allTextContents();
    expect(shares).toEqual(
      expect.arrayContaining([
        'Socialstyrelsen',
        `${nbsp('100 %')} (2 av 2)`,
        'Center mot våldsbejakande extremism',
        `${nbsp('0 %')} (0 av 1)`,
      ]),
    );
    const flags = await page.locator('#diagram-flaggor text').allTextContents();
    expect(flags).toEqual(
      expect.arrayContaining(['Skickad utan samråd', '1', 'Hög uppgiftsbörda', 'Kort svarstid']),
    );
    expect(await page.locator('#diagram-flaggor rect.stapel').count()).toBe(13);
    expect(await page.locator('.nyckeltal dd').first().textContent()).toBe('3');
  });

  it(
    'looks right in a full-page screenshot and has no accessibility violations',
    async () => {
      const page = await newPage();
      await logInWithKeyboard(page);
      const path = join(SCREENSHOTS, 'dashboard.png');
      await page.screenshot({ path, fullPage: true });
      expect(await violations(page)).toEqual([]);
      // The tables behind the charts, opened with the keyboard, too.
      for (const summary of await page.locator('summary').all()) {
        await summary.focus();
        await page.keyboard.press('Enter');
      }
      expect(await page.locator('details[open]').count()).toBe(4);
      expect(await violations(page)).toEqual([]);
    },
    AXE_TIMEOUT_MS,
  );

  it('signs out through the form with its CSRF token', async () => {
    const page = await newPage();
    await logInWithKeyboard(page);
    await Promise.all([
      page.waitForURL(`${t.baseUrl}/logga-in`),
      page.getByRole('button', { name: 'Logga ut', exact: true }).click(),
    ]);
    await page.goto(`${t.baseUrl}/dashboard`);
    expect(page.url()).toBe(`${t.baseUrl}/logga-in?next=%2Fdashboard`);
  });
});
