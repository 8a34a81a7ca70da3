import { hiddenCsrf, page } from '../dashboard/html/layout';
import { escapeHtml } from '../web/html';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../users/password/password-rules';
import { FIRST_RUN_PATH } from './first-run.service';

export type FirstRunField = 'name' | 'email' | 'password';

export interface FirstRunPageInput {
  csrfToken: string;
  token: string;
  values: Partial<Record<FirstRunField, string>>;
  /** Swedish messages by field, after a refused attempt. */
  errors?: Partial<Record<FirstRunField, string>>;
}

const FIELDS: { field: FirstRunField; id: string; label: string; input: string; hint?: string }[] =
  [
    {
      field: 'name',
      id: 'namn',
      label: 'Namn',
      input: 'type="text" autocomplete="name" maxlength="200"',
    },
    {
      field: 'email',
      id: 'epost',
      label: 'E-postadress',
      input: 'type="email" autocomplete="username" maxlength="320"',
    },
    {
      field: 'password',
      id: 'losenord',
      label: 'Lösenord',
      input: `type="password" autocomplete="new-password" maxlength="${MAX_PASSWORD_LENGTH}"`,
      hint: `Minst ${MIN_PASSWORD_LENGTH} tecken. Inte ett vanligt lösenord och inte ditt namn eller din e-postadress.`,
    },
  ];

function field(input: FirstRunPageInput, spec: (typeof FIELDS)[number]): string {
  const error = input.errors?.[spec.field];
  const described = [spec.hint ? `${spec.id}-hjalp` : '', error ? `${spec.id}-fel` : '']
    .filter(Boolean)
    .join(' ');
  const value =
    spec.field === 'password' ? '' : ` value="${escapeHtml(input.values[spec.field] ?? '')}"`;
  return (
    `<label for="${spec.id}">${spec.label}</label>` +
    (spec.hint ? `<p class="hjalp" id="${spec.id}-hjalp">${escapeHtml(spec.hint)}</p>` : '') +
    (error ? `<p class="fel" id="${spec.id}-fel">${escapeHtml(error)}</p>` : '') +
    `<input id="${spec.id}" name="${spec.field}" ${spec.input} required${value}` +
    (described ? ` aria-describedby="${described}"` : '') +
    (error ? ' aria-invalid="true"' : '') +
    '>'
  );
}

/** The first administrator's account, created from the one-time link in the log. */
export function firstRunPage(input: FirstRunPageInput): string {
  const errors = FIELDS.filter((spec) => input.errors?.[spec.field]);
  const summary =
    errors.length > 0
      ? '<div class="felruta" role="alert"><h2>Kontot kunde inte skapas</h2><ul>' +
        errors
          .map(
            (spec) =>
              `<li><a href="#${spec.id}">${escapeHtml(input.errors![spec.field]!)}</a></li>`,
          )
          .join('') +
        '</ul></div>'
      : '';
  return page({
    title: 'Första start',
    main:
      '<div class="smal">' +
      '<h1>Första start</h1>' +
      '<p>Ingen har ett konto ännu. Skapa kontot för den första administratören; ' +
      'du loggas in direkt. Länken fungerar bara en gång.</p>' +
      summary +
      `<form method="post" action="${FIRST_RUN_PATH}" class="formular">` +
      hiddenCsrf(input.csrfToken) +
      `<input type="hidden" name="token" value="${escapeHtml(input.token)}">` +
      FIELDS.map((spec) => field(input, spec)).join('') +
      '<button type="submit" class="knapp">Skapa konto och logga in</button>' +
      '</form></div>',
  });
}
