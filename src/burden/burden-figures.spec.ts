import {
  authorityLabel,
  type AuthorityNaming,
  burdenFigures,
  monthLabel,
  sqlNumber,
} from './burden-figures';

describe('sqlNumber', () => {
  it('reads numeric text, numbers and null (an empty sum) as numbers', () => {
    expect(sqlNumber('7380.500000000000000000')).toBe(7380.5);
    expect(sqlNumber(12)).toBe(12);
    expect(sqlNumber(null)).toBe(0);
  });

  it('refuses text that is not a number', () => {
    expect(() => sqlNumber('abc')).toThrow(RangeError);
  });
});

describe('burdenFigures', () => {
  it('turns minutes into hours and realized hours into SEK at the tariff', () => {
    // The weekly situation report: 290 × 30 min estimated, 253 answered.
    expect(burdenFigures('8700', '7590', 600)).toEqual({
      estimatedHours: 145,
      realizedHours: 126.5,
      costSek: 75900,
      estimatedCostSek: 87000,
    });
  });

  it('rounds only at the end, to two decimals', () => {
    // 100 minutes shared by 290 recipients: 0.00574… hours each.
    const share = burdenFigures(100 / 290, 0, 600);
    expect(share.estimatedHours).toBe(0.01);
    expect(share.estimatedCostSek).toBe(3.45);
  });
});

describe('monthLabel', () => {
  it('names the month in Swedish', () => {
    expect(monthLabel('2021-04')).toBe('april 2021');
    expect(monthLabel('2020-12')).toBe('december 2020');
  });

  it('refuses a key that is not a month', () => {
    expect(() => monthLabel('2021-13')).toThrow(RangeError);
    expect(() => monthLabel('2021')).toThrow(RangeError);
  });
});

describe('authorityLabel', () => {
  const authorities: AuthorityNaming[] = [
    { code: '2080', name: 'Falun', kind: 'municipality', sameOrganisationAs: null },
    { code: '0980', name: 'Gotland', kind: 'municipality', sameOrganisationAs: '09' },
    { code: '09', name: 'Region Gotland', kind: 'region', sameOrganisationAs: '0980' },
  ];
  const find = (code: string) => authorities.find((authority) => authority.code === code);

  it('is the plain name for an authority with one role', () => {
    expect(authorityLabel(authorities[0], find)).toBe('Falun');
  });

  it('links Gotland’s two roles by the organisation’s name, each with its role and code', () => {
    expect(authorityLabel(authorities[1], find)).toBe('Region Gotland (kommun 0980)');
    expect(authorityLabel(authorities[2], find)).toBe('Region Gotland (region 09)');
  });
});
