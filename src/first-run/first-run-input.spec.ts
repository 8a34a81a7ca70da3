import { firstRunProblems } from './first-run-input';

describe('firstRunProblems', () => {
  it('accepts a name, an address and a good pass phrase', () => {
    expect(
      firstRunProblems({ name: 'Ada Admin', email: 'ada@skr.se', password: 'blå tåg över ängen' }),
    ).toEqual({});
  });

  it('names each problem in Swedish at its field', () => {
    expect(firstRunProblems({ name: ' ', email: 'ada', password: 'kort' })).toEqual({
      name: 'Skriv ditt namn.',
      email: 'Skriv en e-postadress, till exempel namn@skr.se.',
      password: 'Lösenordet måste ha minst 12 tecken.',
    });
    expect(
      firstRunProblems({ name: 'Ada Admin', email: 'ada@skr.se', password: 'lösenord1234' })
        .password,
    ).toBe('Lösenordet är för vanligt. Välj ett annat.');
  });
});
