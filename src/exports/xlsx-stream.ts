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

/** Resolves once the stage has room again, or the output is gone (the client went away). */
async function roomIn(stage: Writable, output: Writable): Promise<void> {
  if (!needsDrain(stage) || stage.destroyed || output.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      stage.off('drain', done);
      stage.off('close', done);
      output.off('close', done);
      resolve();
    };
    stage.on('drain', done);
    stage.on('close', done);
    output.on('close', done);
  });
}

/**
 * Whether the last write was refused for want of room. exceljs's zip writer uses streams of
 * the `readable-stream` package, which keep this in their state only (no `writableNeedDrain`).
 */
function needsDrain(stream: Writable): boolean {
  const state = (stream as unknown as { _writableState?: { needDrain?: unknown } })._writableState;
  return stream.writableNeedDrain ?? state?.needDrain === true;
}

/**
 * Where a committed row waits before the client takes it. exceljs's sheet stream passes its
 * buffers on without looking at the answer (`pipes` is its list of destinations), so the
 * stream it writes into, in front of the compressor, is where rows pile up when zlib is
 * behind; the output is where the compressed bytes wait for the client. Waiting for room in
 * each, instead of for a turn of the event loop, keeps what is held in memory to a fixed
 * number of bytes however slow the compression is on a busy machine.
 */
function stagesOf(sheet: ExcelJS.Worksheet, output: Writable): Writable[] {
  const { pipes } = (sheet as unknown as { stream: { pipes?: unknown } }).stream;
  if (!Array.isArray(pipes) || pipes.length === 0) {
    throw new Error('exceljs no longer lists where its sheet stream writes (stream.pipes)');
  }
  return [...(pipes as Writable[]), output];
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
    const stages = stagesOf(sheet, output);
    for await (const batch of batches) {
      if (output.destroyed) return;
      for (const row of batch) {
        sheet.addRow(columns.map((column) => xlsxValue(column.type, column.value(row)))).commit();
      }
      for (const stage of stages) await roomIn(stage, output);
    }
    if (output.destroyed) return;
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => {
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return output;
}
