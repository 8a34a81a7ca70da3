import { Logger, StreamableFile } from '@nestjs/common';
import { Readable } from 'node:stream';
import { errorBody } from '../common/error-body';
import { csvChunks } from './csv-stream';
import {
  attachment,
  EXPORT_CONTENT_TYPES,
  type ExportFormat,
  exportFilename,
} from './export-format';
import type { Column } from './table';
import { xlsxStream } from './xlsx-stream';

export interface TableExport<T> {
  format: ExportFormat;
  /** File name without date and extension, e.g. "enkater". */
  filename: string;
  sheetName: string;
  columns: readonly Column<T>[];
  batches: AsyncIterable<T[]>;
}

const logger = new Logger('Export');

/**
 * Reads the first batch before answering, so that a failing query still gets the contract's
 * error response; later batches stream. A failure after the headers went out cuts the
 * connection, so the client cannot mistake a truncated file for a whole one.
 */
async function started<T>(batches: AsyncIterable<T[]>): Promise<AsyncIterable<T[]>> {
  const iterator = batches[Symbol.asyncIterator]();
  const first = await iterator.next();
  return (async function* () {
    if (first.done) return;
    yield first.value;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  })();
}

export async function streamTable<T>(table: TableExport<T>): Promise<StreamableFile> {
  const batches = await started(table.batches);
  const stream =
    table.format === 'csv'
      ? Readable.from(csvChunks(table.columns, batches), { objectMode: false })
      : xlsxStream(table.sheetName, table.columns, batches);
  return new StreamableFile(stream, {
    type: EXPORT_CONTENT_TYPES[table.format],
    disposition: attachment(exportFilename(table.filename, table.format, new Date())),
  })
    .setErrorLogger((error) => logger.error(error.stack ?? error.message))
    .setErrorHandler((_error, response) => {
      if (response.headersSent) {
        if (response.destroy) response.destroy();
        else response.end();
        return;
      }
      response.statusCode = 500;
      response.send(JSON.stringify(errorBody(500, 'INTERNAL_ERROR', 'The export failed')));
    });
}
