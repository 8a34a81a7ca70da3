import { FLAG_CODES } from '../../flags/flag-codes';
import type { DashboardData } from '../data/dashboard-data';
import { dashboardPage } from './dashboard-page';

function data(overrides: Partial<DashboardData> = {}): DashboardData {
  return {
    year: 2020,
    years: [2021, 2020],
    tariffSekPerHour: 600,
    totals: {
      surveys: 2,
      estimatedHours: 5905,
      realizedHours: 351,
      costSek: 210600,
      withdrawnSurveys: 1,
      avoidedHours: 290,
    },
    months: Array.from({ length: 12 }, (_, i) => ({
      month: i + 1,
      estimatedHours: i === 3 ? 725 : 0,
      realizedHours: i === 3 ? 246 : 0,
    })),
    topAgencies: [
      { agencyName: 'Socialstyrelsen', surveys: 2, estimatedHours: 5905, realizedHours: 351 },
    ],
    consultation: [{ agencyName: 'Socialstyrelsen', sent: 2, consultedBefore: 1 }],
    flags: FLAG_CODES.map((code) => ({ code, open: code === 'HIGH_BURDEN' ? 1 : 0 })),
    municipalities: [
      {
        code: '2080',
        name: 'Falun',
        surveys: 1,
        estimatedHours: 20,
        realizedHours: 0.85,
        costSek: 509,
      },
    ],
    ...overrides,
  };
}

const signedIn = { actorName: 'Statistiksektionen <SKR>', csrfToken: 'token_123' };
const exportLinks = {
  links: [{ href: '/dashboard/export/enkater.csv?ar=2020', text: 'Enkäter' }],
  note: 'n',
};

describe('dashboardPage', () => {
  const html = dashboardPage({ data: data(), signedIn, exports: exportLinks });

  it('is a Swedish page with a skip link to its one main region and one h1', () => {
    expect(html.startsWith('<!doctype html><html lang="sv">')).toBe(true);
    expect(html).toContain('<a class="hoppa" href="#innehall">Hoppa till innehållet</a>');
    expect(html.match(/<main id="innehall"/g)).toHaveLength(1);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<h1>Översikt 2020</h1>');
  });

  it('has no scripts and no inline styles', () => {
    expect(html).not.toMatch(/<script|style=/i);
  });

  it('labels the year choice and selects the year shown', () => {
    expect(html).toContain('<label for="ar">År</label><select id="ar" name="ar">');
    expect(html).toContain('<option value="2020" selected>2020</option>');
    expect(html).toContain('<option value="2021">2021</option>');
  });

  it('names every chart and gives its numbers as a table', () => {
    const charts = [...html.matchAll(/<svg [^>]*role="img" aria-labelledby="([^"]+)"/g)];
    expect(charts).toHaveLength(4);
    for (const [, ids] of charts) {
      for (const id of ids.split(' ')) expect(html).toContain(` id="${id}"`);
    }
    expect(html.match(/<summary>Visa siffrorna som tabell<\/summary>/g)).toHaveLength(4);
  });

  it('writes figures in Swedish format', () => {
    expect(html).toContain(
      '<span class="tal-stort">5\u00a0905</span> <span class="enhet">timmar</span>',
    );
    expect(html).toContain('210\u00a0600\u00a0kr');
    expect(html).toContain('50\u00a0% (1 av 2)');
    expect(html).toContain('<td class="tal">0,85</td>');
  });

  it('escapes the signed-in name and carries the CSRF token in both sign-out forms', () => {
    expect(html).toContain('Inloggad som Statistiksektionen &lt;SKR&gt;');
    for (const path of ['logga-ut', 'logga-ut-overallt']) {
      expect(html).toContain(
        `<form method="post" action="/${path}"><input type="hidden" name="csrfToken" value="token_123">`,
      );
    }
  });

  it('says so instead of drawing empty charts when nothing was sent', () => {
    const empty = dashboardPage({
      data: data({
        months: data().months.map((m) => ({ ...m, estimatedHours: 0, realizedHours: 0 })),
        topAgencies: [],
        consultation: [],
        municipalities: [],
      }),
      signedIn,
      exports: exportLinks,
    });
    expect(empty).toContain('Inga enkäter med utskick 2020.');
    expect(empty).toContain('Inga enkäter från statliga myndigheter 2020.');
    expect(empty).toContain('Inga enkäter till kommuner 2020.');
    // The flags chart always lists the thirteen codes.
    expect(empty.match(/<svg /g)).toHaveLength(1);
  });
});
