import type { Page } from '../common/pagination';
import type { LookupItem } from '../lookup/lookup.response';
import { html, type SafeHtml } from './html';
import { layout } from './layout';
import { searchForm } from './search-form';
import { agencyLine, flagList, summaryFacts, surveyPath } from './survey-summary';
import { surveyCount } from './swedish-words';

export interface SearchView {
  q: string;
  error: string | null;
  results: Page<LookupItem> | null;
  page: number;
}

const ABOUT = html`<section aria-labelledby="om">
  <h2 id="om">Vad visar Enkätkollen?</h2>
  <p>
    Statliga myndigheter skickar många enkäter till kommuner och regioner. Enligt förordningen
    (1982:668) om statliga myndigheters inhämtande av uppgifter från näringsidkare och kommuner ska
    en statlig myndighet samråda med Sveriges Kommuner och Regioner (SKR) innan den skickar en
    enkät. Samrådet gäller bland annat frågorna, vilka som ska svara och när enkäten skickas.
  </p>
  <p>
    Här ser du om samrådet ägde rum innan enkäten skickades, vad SKR tyckte och vad
    socialchefsnätverket beslutade. Regioner, kommittéer och särskilda utredare behöver inte samråda
    med SKR.
  </p>
  <h2 id="frivilligt">Måste kommunen svara?</h2>
  <p>
    Det är frivilligt att svara på en enkät, om inte en lag säger att kommunen måste lämna
    uppgifterna. Missivet (följebrevet) ska tala om vilket som gäller. Om missivet är otydligt visar
    Enkätkollen det som en flagga.
  </p>
</section>`;

function resultItem(item: LookupItem): SafeHtml {
  const id = `r-${item.reference}`;
  return html`<li class="result">
    <article aria-labelledby="${id}">
      <h3 id="${id}"><a href="${surveyPath(item.reference)}">${item.title}</a></h3>
      <p class="agency">${agencyLine(item.agency)}</p>
      ${summaryFacts(item)} ${flagList(item.openFlags)}
    </article>
  </li>`;
}

function pageLink(q: string, page: number, text: string, rel: string): SafeHtml {
  const href = `/?q=${encodeURIComponent(q)}${page > 1 ? `&sida=${page}` : ''}`;
  return html`<a href="${href}" rel="${rel}">${text}</a>`;
}

function pager(view: SearchView, results: Page<LookupItem>): SafeHtml | null {
  const pages = Math.ceil(results.total / results.limit);
  if (pages <= 1) return null;
  return html`<nav class="pager" aria-label="Sidor">
    ${view.page > 1 ? pageLink(view.q, view.page - 1, 'Föregående sida', 'prev') : null}
    <span>Sida ${Math.min(view.page, pages)} av ${pages}</span>
    ${view.page < pages ? pageLink(view.q, view.page + 1, 'Nästa sida', 'next') : null}
  </nav>`;
}

function resultsSection(view: SearchView, results: Page<LookupItem>): SafeHtml {
  const first = results.offset + 1;
  const last = results.offset + results.items.length;
  const summary =
    results.total === 0
      ? html`Ingen enkät matchar <strong>${view.q}</strong>. Prova färre ord, myndighetens namn
          eller enkätens referens.`
      : html`${surveyCount(results.total)} matchar
          <strong>${view.q}</strong
          >${results.total > results.items.length && results.items.length > 0 ? html` (visar ${first}–${last})` : null}.
          Senast skickade först.`;
  return html`<section aria-labelledby="resultat">
    <h2 id="resultat">Sökresultat</h2>
    <p>${summary}</p>
    ${
      results.items.length > 0
        ? html`<ol class="results">
            ${results.items.map(resultItem)}
          </ol>`
        : null
    }
    ${pager(view, results)}
  </section>`;
}

export function searchPage(view: SearchView): SafeHtml {
  const title = view.results ? `Sökresultat för ”${view.q}”` : 'Enkätkollen';
  return layout({
    title,
    body: html`<h1>Enkätkollen</h1>
      <p class="lead">
        Har enkäten du fått från en statlig myndighet samråtts med SKR? Är det frivilligt att svara?
        Sök på enkätens referens, rubrik eller avsändare.
      </p>
      ${searchForm(view.q, view.error)} ${view.results ? resultsSection(view, view.results) : null}
      ${ABOUT}`,
  });
}
