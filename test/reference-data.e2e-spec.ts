import { api } from './support/api';
import { expectError, type PageBody } from './support/e2e-helpers';
import { AGENCIES } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

interface LocalAuthorityView {
  code: string;
  name: string;
  kind: 'municipality' | 'region';
  countyCode: string;
  sameOrganisationAs: string | null;
}

interface AgencyView {
  id: string;
  name: string;
  shortName: string | null;
  orgNumber: string | null;
  kind: string;
  boundByOrdinance: boolean;
  needsReview: boolean;
  version: number;
}

interface NetworkView {
  id: string;
  name: string;
  scope: string;
  countyCode: string | null;
  createdAt: string;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

describe('reference data, agencies and networks', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  describe('local authorities', () => {
    async function authorities(query: string): Promise<PageBody<LocalAuthorityView>> {
      return (await api(t, null).get(`/api/v1/local-authorities?${query}`).expect(200))
        .body as PageBody<LocalAuthorityView>;
    }

    it('has 290 municipalities and 21 regions', async () => {
      const all = await authorities('limit=500');
      expect(all.total).toBe(311);
      expect(all.items).toHaveLength(311);
      expect(new Set(all.items.map((item) => item.code)).size).toBe(311);
      const municipalities = all.items.filter((item) => item.kind === 'municipality');
      const regions = all.items.filter((item) => item.kind === 'region');
      expect(municipalities).toHaveLength(290);
      expect(regions).toHaveLength(21);
      expect(municipalities.every((item) => /^\d{4}$/.test(item.code))).toBe(true);
      expect(municipalities.every((item) => item.code.startsWith(item.countyCode))).toBe(true);
      expect(regions.every((item) => /^\d{2}$/.test(item.code))).toBe(true);
      expect(regions.every((item) => item.code === item.countyCode)).toBe(true);
      expect(all.items[0]).toEqual({
        code: expect.any(String),
        name: expect.any(String),
        kind: expect.stringMatching(/^(municipality|region)$/),
        countyCode: expect.any(String),
        sameOrganisationAs: null,
      });
    });

    it('filters by kind', async () => {
      const municipalities = await authorities('kind=municipality&limit=500');
      const regions = await authorities('kind=region');
      expect(municipalities.total).toBe(290);
      expect(municipalities.items.every((item) => item.kind === 'municipality')).toBe(true);
      expect(regions.total).toBe(21);
      expect(regions.items.every((item) => item.kind === 'region')).toBe(true);
    });

    it('filters by county', async () => {
      const dalarna = await authorities('county=20&kind=municipality');
      expect(dalarna.total).toBe(15);
      expect(dalarna.items.every((item) => item.countyCode === '20')).toBe(true);
      expect(dalarna.items.map((item) => item.name)).toEqual(
        expect.arrayContaining(['Falun', 'Borlänge', 'Mora', 'Älvdalen']),
      );
      const withRegion = await authorities('county=20');
      expect(withRegion.total).toBe(16);
      expect(withRegion.items.filter((item) => item.kind === 'region')).toEqual([
        expect.objectContaining({ code: '20', countyCode: '20' }),
      ]);
      expect((await authorities('county=02')).total).toBe(0);
    });

    it('searches names with q, ignoring case and accents', async () => {
      for (const q of ['gavle', 'GÄVLE', 'Gävle']) {
        const found = await authorities(`q=${encodeURIComponent(q)}`);
        expect(found.items.map((item) => item.code)).toContain('2180');
        expect(found.items.every((item) => fold(item.name).includes('gavle'))).toBe(true);
      }
      const fal = await authorities('q=fal');
      expect(fal.items.map((item) => item.name)).toContain('Falun');
      expect(fal.items.every((item) => fold(item.name).includes('fal'))).toBe(true);
      const orebro = await authorities('q=orebro&kind=municipality');
      expect(orebro.items.map((item) => item.name)).toEqual(['Örebro']);
      expect((await authorities('q=xyzzy')).total).toBe(0);
    });

    it('pages with limit and offset', async () => {
      const first = await authorities('limit=10&offset=0');
      const second = await authorities('limit=10&offset=10');
      const last = await authorities('limit=10&offset=310');
      const all = await authorities('limit=500');
      expect(first).toMatchObject({ total: 311, limit: 10, offset: 0 });
      expect(first.items).toEqual(all.items.slice(0, 10));
      expect(second.items).toEqual(all.items.slice(10, 20));
      expect(last.items).toEqual(all.items.slice(310));
      expect(last.items).toHaveLength(1);
      const defaults = await authorities('');
      expect(defaults).toMatchObject({ total: 311, limit: 50, offset: 0 });
      expect(defaults.items).toHaveLength(50);
    });

    it('reads one by code', async () => {
      const falun = await api(t, null).get('/api/v1/local-authorities/2080').expect(200);
      expect(falun.body).toEqual({
        code: '2080',
        name: 'Falun',
        kind: 'municipality',
        countyCode: '20',
        sameOrganisationAs: null,
      });
      const region = await api(t, null).get('/api/v1/local-authorities/20').expect(200);
      expect(region.body).toMatchObject({ code: '20', kind: 'region', countyCode: '20' });
    });

    it('answers 404 for an unknown code', async () => {
      expectError(await api(t, null).get('/api/v1/local-authorities/9999'), 404, 'NOT_FOUND');
      expectError(await api(t, null).get('/api/v1/local-authorities/00'), 404, 'NOT_FOUND');
    });

    it('links Gotland the municipality and Gotland the region both ways', async () => {
      const municipality = (await api(t, null).get('/api/v1/local-authorities/0980').expect(200))
        .body as LocalAuthorityView;
      const region = (await api(t, null).get('/api/v1/local-authorities/09').expect(200))
        .body as LocalAuthorityView;
      expect(municipality).toMatchObject({
        name: 'Gotland',
        kind: 'municipality',
        countyCode: '09',
        sameOrganisationAs: '09',
      });
      expect(region).toMatchObject({
        kind: 'region',
        countyCode: '09',
        sameOrganisationAs: '0980',
      });
      const linked = (await authorities('limit=500')).items.filter(
        (item) => item.sameOrganisationAs !== null,
      );
      expect(linked.map((item) => item.code).sort()).toEqual(['09', '0980']);
    });
  });

  describe('agencies', () => {
    async function createAgency(body: object): Promise<AgencyView> {
      return (await api(t).post('/api/v1/agencies', body).expect(201)).body as AgencyView;
    }

    async function agencies(query: string): Promise<PageBody<AgencyView>> {
      return (await api(t).get(`/api/v1/agencies?${query}`).expect(200))
        .body as PageBody<AgencyView>;
    }

    it('creates an agency, normalising the organisation number', async () => {
      const response = await api(t)
        .post('/api/v1/agencies', { ...AGENCIES.socialstyrelsen, orgNumber: '2021005554' })
        .expect(201);
      expect(response.headers.etag).toBe('"1"');
      expect(response.body).toMatchObject({
        name: 'Socialstyrelsen',
        shortName: 'SoS',
        orgNumber: '202100-5554',
        kind: 'state_agency',
        boundByOrdinance: true,
        needsReview: false,
        version: 1,
      });
      const read = await api(t).get(`/api/v1/agencies/${response.body.id}`).expect(200);
      expect(read.body).toEqual(response.body);
    });

    it.each([
      ['202100-5554', '202100-5554'],
      ['2021005554', '202100-5554'],
      ['2220000315', '222000-0315'],
    ])('stores the organisation number %j as %s', async (orgNumber, stored) => {
      const agency = await createAgency({ name: 'Myndigheten', kind: 'state_agency', orgNumber });
      expect(agency.orgNumber).toBe(stored);
    });

    it.each([
      ['state_agency', true],
      ['committee', false],
      ['riksdag_agency', false],
      ['region', false],
      ['municipality', false],
      ['skr', false],
      ['other', false],
    ])('marks kind %s as bound by the ordinance: %s', async (kind, bound) => {
      const agency = await createAgency({ name: `Avsändare ${kind}`, kind });
      expect(agency).toMatchObject({ kind, boundByOrdinance: bound });
    });

    it('lists agencies by name and filters by kind and q', async () => {
      await createAgency(AGENCIES.socialstyrelsen);
      await createAgency(AGENCIES.myva);
      await createAgency(AGENCIES.cve);
      await createAgency(AGENCIES.inquiry);
      await createAgency(AGENCIES.regionDalarna);

      const all = await agencies('');
      expect(all.total).toBe(5);
      expect(all.items.map((item) => item.name)).toEqual([
        'Center mot våldsbejakande extremism',
        'Myndigheten för vård- och omsorgsanalys',
        'Region Dalarna',
        'Socialstyrelsen',
        'Utredningen om en ny socialtjänstlag',
      ]);
      expect((await agencies('kind=committee')).items.map((item) => item.name)).toEqual([
        'Utredningen om en ny socialtjänstlag',
      ]);
      expect((await agencies('kind=state_agency')).total).toBe(3);
      expect((await agencies('q=SOCIAL')).items.map((item) => item.name)).toEqual([
        'Socialstyrelsen',
        'Utredningen om en ny socialtjänstlag',
      ]);
      expect((await agencies('q=myva')).items.map((item) => item.name)).toEqual([
        'Myndigheten för vård- och omsorgsanalys',
      ]);
      const paged = await agencies('limit=2&offset=2');
      expect(paged).toMatchObject({ total: 5, limit: 2, offset: 2 });
      expect(paged.items.map((item) => item.name)).toEqual(['Region Dalarna', 'Socialstyrelsen']);
    });

    it('updates with If-Match and answers 412 for a stale version', async () => {
      const agency = await createAgency(AGENCIES.socialstyrelsen);
      const updated = await api(t)
        .patch(
          `/api/v1/agencies/${agency.id}`,
          { kind: 'committee', shortName: null },
          { 'If-Match': '"1"' },
        )
        .expect(200);
      expect(updated.headers.etag).toBe('"2"');
      expect(updated.body).toMatchObject({
        name: 'Socialstyrelsen',
        shortName: null,
        kind: 'committee',
        boundByOrdinance: false,
        version: 2,
      });

      const stale = await api(t).patch(
        `/api/v1/agencies/${agency.id}`,
        { name: 'Socialstyrelsen (ny)' },
        { 'If-Match': '"1"' },
      );
      expectError(stale, 412, 'VERSION_MISMATCH');
      const after = await api(t).get(`/api/v1/agencies/${agency.id}`).expect(200);
      expect(after.body).toMatchObject({ name: 'Socialstyrelsen', version: 2 });
    });

    it('answers 409 for a duplicate name, whatever its case, on create and rename', async () => {
      await createAgency(AGENCIES.socialstyrelsen);
      const myva = await createAgency(AGENCIES.myva);
      expectError(
        await api(t).post('/api/v1/agencies', { name: 'Socialstyrelsen', kind: 'state_agency' }),
        409,
        'DUPLICATE',
        'name',
      );
      expectError(
        await api(t).post('/api/v1/agencies', { name: 'socialSTYRELSEN', kind: 'other' }),
        409,
        'DUPLICATE',
        'name',
      );
      expectError(
        await api(t).patch(`/api/v1/agencies/${myva.id}`, { name: 'SOCIALSTYRELSEN' }),
        409,
        'DUPLICATE',
        'name',
      );
      expect((await agencies('')).total).toBe(2);
    });
  });

  describe('networks', () => {
    it('creates, lists and reads networks', async () => {
      const national = await api(t)
        .post('/api/v1/networks', { name: 'Socialchefsnätverket', scope: 'national' })
        .expect(201);
      expect(national.body).toMatchObject({
        name: 'Socialchefsnätverket',
        scope: 'national',
        countyCode: null,
      });
      const regional = await api(t, await t.keyFor('network'))
        .post('/api/v1/networks', {
          name: 'Dalarnas socialchefer',
          scope: 'regional',
          countyCode: '20',
        })
        .expect(201);
      expect(regional.body).toMatchObject({ scope: 'regional', countyCode: '20' });

      const list = (await api(t).get('/api/v1/networks').expect(200)).body as PageBody<NetworkView>;
      expect(list).toMatchObject({ total: 2, limit: 50, offset: 0 });
      expect(list.items.map((item) => item.name)).toEqual([
        'Dalarnas socialchefer',
        'Socialchefsnätverket',
      ]);
      const paged = (await api(t).get('/api/v1/networks?limit=1&offset=1').expect(200))
        .body as PageBody<NetworkView>;
      expect(paged.items.map((item) => item.name)).toEqual(['Socialchefsnätverket']);

      const read = await api(t).get(`/api/v1/networks/${regional.body.id}`).expect(200);
      expect(read.body).toEqual(regional.body);
    });

    it('lets the registrar role read but not create networks', async () => {
      const registrar = api(t, await t.keyFor('registrar'));
      expectError(
        await registrar.post('/api/v1/networks', { name: 'Eget', scope: 'national' }),
        403,
        'FORBIDDEN',
      );
      expect((await registrar.get('/api/v1/networks').expect(200)).body.total).toBe(0);
    });
  });
});
