import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';
import { HOSTILE_TITLE, type PublicCases, seedPublicCases } from './public-cases';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join(__dirname, '..', '.tmp', 'screenshots');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Axe's findings, reduced to what a failure message needs. */
async function accessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/** The visible text of an element, white space collapsed. */
async function textOf(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).innerText()).replace(/\s+/g, ' ').trim();
}

describe('public lookup in a browser', () => {
  let t: TestApp;
  let cases: PublicCases;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    t = await startTestApp({ FLAG_SCAN_INTERVAL_SECONDS: '0' });
    cases = await seedPublicCases(t);
    await mkdir(SCREENSHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1024, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await t?.close();
  });

  it('has an accessible start page with a labelled search box', async () => {
    await page.goto(`${t.baseUrl}/`);
    expect(await page.title()).toBe('Enkätkollen');
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await expect(page.getByLabel('Sök enkät').getAttribute('name')).resolves.toBe('q');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'start.png'), fullPage: true });
  });

  it('reaches the main content through the skip link with the keyboard', async () => {
    await page.goto(`${t.baseUrl}/`);
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('Hoppa till innehållet');
    await page.keyboard.press('Enter');
    expect(await page.locator(':focus').getAttribute('id')).toBe('innehall');
  });

  it('searches with the keyboard and shows the CVE survey as not consulted', async () => {
    await page.goto(`${t.baseUrl}/`);
    await page.getByLabel('Sök enkät').fill('kartläggning extremism');
    await page.getByLabel('Sök enkät').press('Enter');
    await page.waitForURL(/\?q=kartl%C3%A4ggning\+extremism$/);
    expect(await page.title()).toBe('Sökresultat för ”kartläggning extremism” – Enkätkollen');

    const results = page.locator('ol.results > li');
    expect(await results.count()).toBe(1);
    const text = await textOf(page, 'ol.results > li');
    expect(text).toContain('Kartläggning av kommunernas arbete mot våldsbejakande extremism');
    expect(text).toContain('Samråd med SKR: nej');
    expect(text).toContain('Skickad: 1 februari 2021');
    expect(text).toContain('Skickad utan samråd med SKR');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'results.png'), fullPage: true });
  });

  it('shows the Socialstyrelsen case as consulted with SKR advising against', async () => {
    await page.goto(`${t.baseUrl}/`);
    await page.getByLabel('Sök enkät').fill('Socialstyrelsen');
    await page.getByRole('button', { name: 'Sök' }).press('Enter');
    await page.waitForURL(/\?q=Socialstyrelsen$/);
    const text = await textOf(page, 'ol.results');
    expect(text).toContain('Samråd med SKR: ja');
    expect(text).toContain('SKR:s besked: avrådde');
    expect(text).toContain('Nätverkets beslut: noterad');
    expect(text).toContain('Frivillig att besvara: ja');
    expect(text).not.toContain('Utkast om hemlöshet');
  });

  it('opens the detail page by its link, accessibly', async () => {
    await page.goto(`${t.baseUrl}/?q=${cases.socialstyrelsen}`);
    await page
      .getByRole('link', { name: 'Enkät om första linjens chefer i socialtjänsten' })
      .click();
    await page.waitForURL(new RegExp(`/enkater/${cases.socialstyrelsen}$`));
    expect(await textOf(page, 'h1')).toBe('Enkät om första linjens chefer i socialtjänsten');
    const main = await textOf(page, 'main');
    expect(main).toContain('Samråd med SKR: ja');
    expect(main).toContain('Samråd har skett med Sveriges Kommuner och Regioner (SKR).');
    expect(await page.locator('table caption').innerText()).toBe('Registrerade samråd');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'detail.png'), fullPage: true });
  });

  it('renders a hostile title as text and runs no script of it', async () => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${t.baseUrl}/enkater/${cases.hostileTitle}`);
    expect(await textOf(page, 'h1')).toBe(HOSTILE_TITLE.replace(/\s+/g, ' '));
    expect(await page.locator('main script, main b').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('fits a narrow phone screen without sideways scrolling', async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 360, height: 740 });
    await phone.goto(`${t.baseUrl}/enkater/${cases.socialstyrelsen}`);
    // A string, evaluated in the page: the spec is compiled without the DOM's types.
    const overflow = await phone.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBe(0);
    expect(await accessibilityViolations(phone)).toEqual([]);
    await phone.screenshot({ path: join(SCREENSHOTS, 'detail-phone.png'), fullPage: true });
    await phone.close();
  });
});
