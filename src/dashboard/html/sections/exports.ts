import { escapeHtml } from '../../../web/html';

export interface ExportLink {
  href: string;
  text: string;
}

export function exportsSection(links: readonly ExportLink[], note: string): string {
  const items = links
    .map((link) => `<li><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></li>`)
    .join('');
  return (
    '<section class="kort" aria-labelledby="export-rubrik">' +
    '<h2 id="export-rubrik">Ladda ner</h2>' +
    `<p class="ingress">${escapeHtml(note)}</p>` +
    `<ul class="export-lista">${items}</ul>` +
    '</section>'
  );
}
