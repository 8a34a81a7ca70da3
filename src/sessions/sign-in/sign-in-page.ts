import { hiddenCsrf, page } from '../../dashboard/html/layout';
import { escapeHtml } from '../../web/html';
import { MAX_PASSWORD_LENGTH } from '../../users/password/password-rules';
import { SIGN_IN_PATH } from '../paths';

export interface SignInPageInput {
  csrfToken: string;
  next: string | null;
  /** The e-mail typed, kept after a failed attempt. */
  email?: string;
  /** Shown above the form and tied to the fields, when an attempt failed. */
  error?: string;
}

export function signInPage(input: SignInPageInput): string {
  const error = input.error
    ? '<div class="felruta" id="inloggningsfel" role="alert" tabindex="-1">' +
      '<h2>Inloggningen misslyckades</h2>' +
      `<p>${escapeHtml(input.error)}</p></div>`
    : '';
  const invalid = input.error ? ' aria-invalid="true" aria-describedby="inloggningsfel"' : '';
  const next = input.next
    ? `<input type="hidden" name="next" value="${escapeHtml(input.next)}">`
    : '';
  return page({
    title: 'Logga in',
    main:
      '<div class="smal">' +
      '<h1>Logga in</h1>' +
      '<p>Logga in med din e-postadress och ditt lösenord.</p>' +
      error +
      `<form method="post" action="${SIGN_IN_PATH}" class="formular">` +
      hiddenCsrf(input.csrfToken) +
      next +
      '<label for="epost">E-postadress</label>' +
      '<input id="epost" name="email" type="email" autocomplete="username" required ' +
      `maxlength="320" spellcheck="false" value="${escapeHtml(input.email ?? '')}"${invalid}>` +
      '<label for="losenord">Lösenord</label>' +
      '<input id="losenord" name="password" type="password" autocomplete="current-password" ' +
      `required maxlength="${MAX_PASSWORD_LENGTH}"${invalid}>` +
      '<button type="submit" class="knapp">Logga in</button>' +
      '</form></div>',
  });
}
