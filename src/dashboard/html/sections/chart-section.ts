import { type DataTable, dataTable } from '../data-table';
import { escapeHtml } from '../../../web/html';

export interface ChartSectionInput {
  id: string;
  heading: string;
  intro: string;
  /** The SVG; left out when `emptyText` is given. */
  chart: string;
  table: DataTable;
  /** Shown instead of the chart and the table when there is nothing to show. */
  emptyText?: string;
}

/** A chart with its heading, a sentence on what it shows, and its numbers as a table. */
export function chartSection(input: ChartSectionInput): string {
  const headingId = `${input.id}-rubrik`;
  const content = input.emptyText
    ? `<p class="tomt">${escapeHtml(input.emptyText)}</p>`
    : `<div class="diagram-ram">${input.chart}</div>` +
      '<details class="tabell-detaljer"><summary>Visa siffrorna som tabell</summary>' +
      `<div class="tabell-rulla">${dataTable(input.table)}</div></details>`;
  return (
    `<section class="kort" aria-labelledby="${escapeHtml(headingId)}">` +
    `<h2 id="${escapeHtml(headingId)}">${escapeHtml(input.heading)}</h2>` +
    `<p class="ingress">${escapeHtml(input.intro)}</p>` +
    content +
    '</section>'
  );
}
