import { passwordProblem } from './password-rules';

const owner = { email: 'anna.berg@skr.se', name: 'Anna Berg' };

describe('passwordProblem', () => {
  it('accepts a long pass phrase unrelated to the person', () => {
    expect(passwordProblem('blå tåg över ängen', owner)).toBeNull();
  });

  it('refuses fewer than 12 characters, and more than 256', () => {
    expect(passwordProblem('kort-losen1', owner)).toBe('must be at least 12 characters');
    expect(passwordProblem('x'.repeat(257), owner)).toBe('must be at most 256 characters');
  });

  it('refuses a common password whatever its case', () => {
    expect(passwordProblem('Password1234', owner)).toBe('is a commonly used password');
    expect(passwordProblem('LÖSENORD1234', owner)).toBe('is a commonly used password');
  });

  it('refuses a password that contains the name or the e-mail', () => {
    for (const password of ['annaberg2024!', 'mitt-BERG-lösen', 'anna.berg@skr.se']) {
      expect(passwordProblem(password, owner)).toBe('must not contain your name or e-mail address');
    }
  });
});
