import { escapeHtml } from '../../web/html';

export interface TableColumn {
  header: string;
  /** Right-aligned, so that digits line up. */
  numeric?: boolean;
}

export interface DataTable {
  caption: string;
  columns: readonly TableColumn[];
  /** Already formatted text; the first cell of each row heads the row. */
  rows: readonly (readonly string[])[];
  cssClass?: string;
}

export function dataTable(table: DataTable): string {
  const head = table.columns
    .map((column) => `<th scope="col"${numericClass(column)}>${escapeHtml(column.header)}</th>`)
    .join('');
  const body = table.rows
    .map((row) => {
      const cells = row.map((cell, index) => {
        const column = table.columns[index] ?? { header: '' };
        return index === 0
          ? `<th scope="row"${numericClass(column)}>${escapeHtml(cell)}</th>`
          : `<td${numericClass(column)}>${escapeHtml(cell)}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  const cssClass = table.cssClass ? ` class="${escapeHtml(table.cssClass)}"` : '';
  return (
    `<table${cssClass}><caption>${escapeHtml(table.caption)}</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`
  );
}

function numericClass(column: TableColumn): string {
  return column.numeric ? ' class="tal"' : '';
}
