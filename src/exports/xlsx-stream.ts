import { PassThrough, Readable, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CsvValue } from '../common/csv';
import { type CellType, type Column, swedishCalendarDate } from './table';

const NUMBER_FORMATS: Partial<Record<CellType, string>> = {
  integer: '0',
  decimal: '0.00',
  date: 'yyyy-mm-dd',
};

type XlsxValue = string | number | boolean | Date | null;

function xlsxValue(type: CellType, value: CsvValue): XlsxValue {
  if (value instanceof Date) return type === 'date' ? swedishCalendarDate(value) : value;
  return value;
}

/**
 * Resolves once the output has room again, or is gone (the client went away). exceljs's own
 * buffers ignore backpressure, so the output is the place to look: first one turn of the event
 * loop, for zlib and the zip writer to pass on what the last batch added, then wait while the
 * client has not taken it. At most a batch or two is ever held in memory.
 */
async function drained(stream: Writable): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (!stream.writableNeedDrain || stream.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

/**
 * An XLSX workbook of one sheet written as the rows arrive (exceljs's streaming writer): each
 * row is committed, and the writer waits while the client has not taken what was written.
 */
export function xlsxStream<T>(
  sheetName: string,
  columns: readonly Column<T>[],
  batches: AsyncIterable<T[]>,
): Readable {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    width: column.width,
    style: NUMBER_FORMATS[column.type] ? { numFmt: NUMBER_FORMATS[column.type] } : {},
  }));
  void (async () => {
    const header = sheet.addRow(columns.map((column) => column.header));
    header.font = { bold: true };
    header.commit();
    for await (const batch of batches) {
      if (output.destroyed) return;
      for (const row of batch) {
        sheet.addRow(columns.map((column) => xlsxValue(column.type, column.value(row)))).commit();
      }
      await drained(output);
    }
    if (output.destroyed) return;
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => {
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return output;
}
