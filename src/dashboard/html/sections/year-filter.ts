import { DASHBOARD_PATH } from '../../paths';
import { escapeHtml } from '../../../web/html';

/** A plain GET form: works without JavaScript and gives a link that can be shared. */
export function yearFilter(year: number, years: readonly number[]): string {
  const options = years
    .map(
      (option) =>
        `<option value="${option}"${option === year ? ' selected' : ''}>${escapeHtml(String(option))}</option>`,
    )
    .join('');
  return (
    `<form method="get" action="${DASHBOARD_PATH}" class="filter" aria-label="Välj år">` +
    '<label for="ar">År</label>' +
    `<select id="ar" name="ar">${options}</select>` +
    '<button type="submit" class="knapp">Visa</button>' +
    '</form>'
  );
}
