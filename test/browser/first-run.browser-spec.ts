import AxeBuilder from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { FirstRunService } from '../../src/first-run/first-run.service';
import { PASSWORD } from '../support/people';
import { startTestApp, type TestApp, truncateAll } from '../support/test-app';

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

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

describe('first run in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let link: string;

  beforeAll(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    t = await startTestApp({ FLAG_SCAN_INTERVAL_SECONDS: '0' });
    await truncateAll(t.dataSource);
    const firstRun = t.app.get(FirstRunService);
    await firstRun.onApplicationBootstrap();
    link = `${t.baseUrl}${firstRun.takeLink()}`;
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('creates the first administrator by keyboard alone, shows refusals accessibly, and signs in', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(link);
    expect(await page.locator('h1').textContent()).toBe('Första start');
    await page.screenshot({ path: join(SCREENSHOTS, 'first-run.png'), fullPage: true });
    expect(await violations(page)).toEqual([]);

    const fill = async (id: string, text: string) => {
      await page.keyboard.press('Tab');
      await page.locator(`#${id}:focus`).waitFor();
      await page.keyboard.type(text);
    };
    await page.keyboard.press('Tab'); // the skip link
    await fill('namn', 'Ada Admin');
    await fill('epost', 'ada@skr.se');
    await fill('losenord', 'kort');
    await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
    await page.locator('[role="alert"]').waitFor();
    expect(await page.locator('[role="alert"] li').textContent()).toBe(
      'Lösenordet måste ha minst 12 tecken.',
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'first-run-refused.png'), fullPage: true });
    expect(await violations(page)).toEqual([]);

    await page.locator('#losenord').focus();
    await page.keyboard.type(PASSWORD);
    await Promise.all([page.waitForURL(`${t.baseUrl}/dashboard`), page.keyboard.press('Enter')]);
    expect(await page.locator('.konto span').textContent()).toBe('Inloggad som Ada Admin');
  }, 240_000);
});
