import { routeLabel, UNMATCHED_ROUTE } from './request-timing';

describe('routeLabel', () => {
  it('is the pattern of the route that answered, under its mount point', () => {
    expect(routeLabel({ baseUrl: '', route: { path: '/api/v1/surveys/:id' } })).toBe(
      '/api/v1/surveys/:id',
    );
    expect(routeLabel({ baseUrl: '/admin', route: { path: '/keys/:id' } })).toBe('/admin/keys/:id');
  });

  it('puts every request no route answered into one series', () => {
    expect(routeLabel({ baseUrl: '' })).toBe(UNMATCHED_ROUTE);
    expect(routeLabel({ baseUrl: '', route: { path: /regex/ } })).toBe(UNMATCHED_ROUTE);
  });
});
