import { html, type SafeHtml } from './html';

export const SEARCH_HINT =
  'Skriv enkätens referens (till exempel ENK-2021-0042), ord ur rubriken eller myndighetens namn.';

/** A GET form: works without JavaScript, and the results page has its own address. */
export function searchForm(q: string, error: string | null): SafeHtml {
  return html`<form class="search" action="/" method="get" role="search">
    <label for="q">Sök enkät</label>
    <p class="hint" id="q-hint">${SEARCH_HINT}</p>
    ${error ? html`<p class="error-message" id="q-error"><span class="visually-hidden">Fel: </span>${error}</p>` : null}
    <div class="row">
      <input
        id="q"
        name="q"
        type="search"
        value="${q}"
        maxlength="200"
        autocomplete="off"
        spellcheck="false"
        aria-describedby="q-hint${error ? ' q-error' : ''}"
        ${error ? html` aria-invalid="true"` : null}
      />
      <button type="submit">Sök</button>
    </div>
  </form>`;
}
