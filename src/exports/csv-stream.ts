import { CSV_BOM, csvLine } from '../common/csv';
import type { Column } from './table';

/** The file as text chunks: BOM and header line first, then one chunk per batch of rows. */
export async function* csvChunks<T>(
  columns: readonly Column<T>[],
  batches: AsyncIterable<T[]>,
): AsyncGenerator<string> {
  yield CSV_BOM + csvLine(columns.map((column) => column.header));
  for await (const batch of batches) {
    yield batch.map((row) => csvLine(columns.map((column) => column.value(row)))).join('');
  }
}
