import { LOGIN_PATH } from '../paths';
import { escapeHtml } from '../../web/html';
import { hiddenCsrf, page } from './layout';

export interface LoginPageInput {
  csrfToken: string;
  /** Shown above the form and tied to the field, when a login attempt failed. */
  error?: string;
}

export function loginPage(input: LoginPageInput): string {
  const error = input.error
    ? '<div class="felruta" id="inloggningsfel" role="alert">' +
      '<h2>Inloggningen misslyckades</h2>' +
      `<p>${escapeHtml(input.error)}</p></div>`
    : '';
  const describedBy = input.error ? 'inloggningsfel nyckel-hjalp' : 'nyckel-hjalp';
  return page({
    title: 'Logga in',
    main:
      '<div class="smal">' +
      '<h1>Logga in på översikten</h1>' +
      '<p>Översikten visar uppgiftsbörda, samråd och flaggor för SKR. ' +
      'Logga in med en API-nyckel med rollen skr eller admin.</p>' +
      error +
      `<form method="post" action="${LOGIN_PATH}" class="formular">` +
      hiddenCsrf(input.csrfToken) +
      '<label for="nyckel">API-nyckel</label>' +
      `<p class="hjalp" id="nyckel-hjalp">Nyckeln börjar med sct_. Den sparas inte i webbläsaren; ` +
      'du förblir inloggad i högst åtta timmar.</p>' +
      '<input id="nyckel" name="apiKey" type="password" autocomplete="current-password" ' +
      `required maxlength="512" spellcheck="false" aria-describedby="${describedBy}"` +
      (input.error ? ' aria-invalid="true"' : '') +
      '>' +
      '<button type="submit" class="knapp">Logga in</button>' +
      '</form></div>',
  });
}
