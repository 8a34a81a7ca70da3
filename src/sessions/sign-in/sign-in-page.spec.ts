import { signInPage } from './sign-in-page';

describe('signInPage', () => {
  it('has labelled e-mail and password fields, the token, the way back and a button', () => {
    const html = signInPage({ csrfToken: 'tok', next: '/dashboard?ar=2025' });
    expect(html).toContain('<label for="epost">E-postadress</label>');
    expect(html).toMatch(/<input id="epost" name="email" type="email" autocomplete="username"/);
    expect(html).toContain('<label for="losenord">Lösenord</label>');
    expect(html).toMatch(
      /<input id="losenord" name="password" type="password"[^>]*maxlength="256"/,
    );
    expect(html).toContain('<input type="hidden" name="csrfToken" value="tok">');
    expect(html).toContain('<input type="hidden" name="next" value="/dashboard?ar=2025">');
    expect(html).not.toContain('role="alert"');
  });

  it('shows an error tied to the fields and keeps the e-mail typed, escaped', () => {
    const html = signInPage({
      csrfToken: 'tok',
      next: null,
      email: 'a"b@skr.se',
      error: 'Fel <e-post>.',
    });
    expect(html).toContain('role="alert"');
    expect(html).toContain('Fel &lt;e-post&gt;.');
    expect(html).toContain(
      'value="a&quot;b@skr.se" aria-invalid="true" aria-describedby="inloggningsfel"',
    );
    expect(html).not.toContain('name="next"');
  });
});
