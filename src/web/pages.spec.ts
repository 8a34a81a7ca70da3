import type { LookupItem } from '../lookup/lookup.response';
import { errorPage, errorView } from './error-page';
import { searchPage } from './search-page';
import { parseSearchRequest } from './web-query';

function item(overrides: Partial<LookupItem> = {}): LookupItem {
  return {
    reference: 'ENK-2021-0001',
    title: 'Enkät om <hemlöshet>',
    agency: { name: 'Socialstyrelsen', shortName: 'SoS', kind: 'state_agency' },
    status: 'sent',
    sentAt: '2021-04-06T13:00:00.000Z',
    responseDeadline: null,
    voluntary: null,
    recipientCount: 290,
    coverLetter: null,
    consultation: { status: 'none', outcome: null, completedAt: null },
    networkDecision: null,
    verdict: 'not_consulted',
    openFlags: ['SENT_WITHOUT_CONSULTATION', 'HIGH_BURDEN'],
    ...overrides,
  };
}

describe('search page', () => {
  it('lists results with escaped titles, flags in words and a link per survey', () => {
    const markup = searchPage({
      q: 'hemlöshet',
      error: null,
      page: 1,
      results: { items: [item()], total: 1, limit: 20, offset: 0 },
    }).value;
    expect(markup).toContain('<a href="/enkater/ENK-2021-0001">Enkät om &lt;hemlöshet&gt;</a>');
    expect(markup).toContain('<li>Skickad utan samråd med SKR</li>');
    expect(markup).toContain('<li>Stor beräknad arbetsbörda för kommunerna</li>');
    expect(markup).not.toContain('nav class="pager"');
  });

  it('pages with previous and next links when there are more results', () => {
    const markup = searchPage({
      q: 'om & annat',
      error: null,
      page: 2,
      results: { items: [item()], total: 45, limit: 20, offset: 20 },
    }).value;
    const text = markup.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain(
      '45 enkäter matchar om &amp; annat (visar 21–21). Senast skickade först.',
    );
    expect(markup).toContain('<a href="/?q=om%20%26%20annat" rel="prev">Föregående sida</a>');
    expect(markup).toContain('<span>Sida 2 av 3</span>');
    expect(markup).toContain('<a href="/?q=om%20%26%20annat&amp;sida=3" rel="next">Nästa sida</a>');
  });
});

describe('error pages', () => {
  it('say what happened in Swedish', () => {
    expect(errorPage(errorView(429)).value).toContain('<h1>För många sökningar</h1>');
    expect(errorPage(errorView(503)).value).toContain('Tjänsten är inte tillgänglig just nu');
    expect(errorPage(errorView(500)).value).toContain('<h1>Något gick fel</h1>');
  });
});

describe('parseSearchRequest', () => {
  it('reads q and sida leniently', () => {
    expect(parseSearchRequest(undefined, undefined)).toEqual({ kind: 'start' });
    expect(parseSearchRequest('  ', '2')).toEqual({ kind: 'start' });
    expect(parseSearchRequest(['cve', 'ivo'], 'x')).toEqual({ kind: 'search', q: 'cve', page: 1 });
    expect(parseSearchRequest('cve', '3')).toEqual({ kind: 'search', q: 'cve', page: 3 });
    expect(parseSearchRequest('cve', '100000')).toEqual({ kind: 'search', q: 'cve', page: 1 });
  });

  it('refuses a q over 200 characters with a Swedish message', () => {
    expect(parseSearchRequest('a'.repeat(201), undefined)).toEqual({
      kind: 'invalid',
      q: 'a'.repeat(200),
      error: 'Sökningen får vara högst 200 tecken lång.',
    });
  });
});
