import { CSRF_FIELD } from '../../sessions/form-fields';
import { SIGN_OUT_EVERYWHERE_PATH, SIGN_OUT_PATH } from '../../sessions/paths';
import { STYLESHEET_PATH } from '../paths';
import { escapeHtml } from '../../web/html';

export interface SignedIn {
  actorName: string;
  csrfToken: string;
}

export interface PageInput {
  title: string;
  main: string;
  signedIn?: SignedIn;
}

/** The frame of every dashboard page: Swedish, a skip link, one <main>, no scripts. */
export function page(input: PageInput): string {
  return (
    '<!doctype html>' +
    '<html lang="sv"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<meta name="robots" content="noindex">' +
    `<title>${escapeHtml(input.title)} – Enkätkollen</title>` +
    `<link rel="stylesheet" href="${STYLESHEET_PATH}">` +
    '</head><body>' +
    '<a class="hoppa" href="#innehall">Hoppa till innehållet</a>' +
    header(input.signedIn) +
    `<main id="innehall" tabindex="-1">${input.main}</main>` +
    '<footer class="sidfot"><p>Enkätkollen följer statliga myndigheters enkäter till kommuner ' +
    'och regioner och samrådet med SKR enligt förordningen (1982:668).</p></footer>' +
    '</body></html>'
  );
}

function header(signedIn: SignedIn | undefined): string {
  const account = signedIn
    ? '<div class="konto">' +
      `<span>Inloggad som ${escapeHtml(signedIn.actorName)}</span>` +
      `<form method="post" action="${SIGN_OUT_PATH}">` +
      hiddenCsrf(signedIn.csrfToken) +
      '<button type="submit" class="knapp knapp-sekundar">Logga ut</button></form>' +
      `<form method="post" action="${SIGN_OUT_EVERYWHERE_PATH}">` +
      hiddenCsrf(signedIn.csrfToken) +
      '<button type="submit" class="knapp knapp-sekundar">Logga ut överallt</button></form></div>'
    : '';
  return (
    '<header class="sidhuvud"><div class="sidhuvud-inre">' +
    '<p class="varumarke">Enkätkollen <span>för SKR</span></p>' +
    account +
    '</div></header>'
  );
}

export function hiddenCsrf(token: string): string {
  return `<input type="hidden" name="${CSRF_FIELD}" value="${escapeHtml(token)}">`;
}
