import { isSender } from './vocabulary';

describe('isSender', () => {
  it.each([
    'vi',
    'myndigheten',
    'socialstyrelsen',
    'skolverket',
    'folkhälsomyndigheten',
    'ivo',
    'scb',
  ])('takes "%s" for the sender', (token) => {
    expect(isSender(token)).toBe(true);
  });

  it.each(['kommunen', 'kommunstyrelsen', 'regionstyrelsen', 'nämnden', 'ni', undefined])(
    'takes "%s" for no sender',
    (token) => {
      expect(isSender(token)).toBe(false);
    },
  );
});
