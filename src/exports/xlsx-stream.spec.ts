import ExcelJS from 'exceljs';
import type { Readable } from 'node:stream';
import type { Column } from './table';
import { xlsxStream } from './xlsx-stream';

/** Batches of 2 000 rows that fill the stages between the writer and a client who never reads. */
const BOUND = 3;

interface Row {
  title: string;
  sentAt: Date;
  hours: number;
}

const COLUMNS: Column<Row>[] = [
  { header: 'Titel', type: 'text', width: 30, value: (row) => row.title },
  { header: 'Skickad', type: 'date', width: 12, value: (row) => row.sentAt },
  { header: 'Beräknad tid (h)', type: 'decimal', width: 14, value: (row) => row.hours },
];

async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('not within 20 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('xlsxStream', () => {
  it('writes a header row and typed cells, batch after batch', async () => {
    async function* batches(): AsyncGenerator<Row[]> {
      yield [{ title: 'Lägesrapport', sentAt: new Date('2020-09-09T22:30:00Z'), hours: 126.5 }];
      yield [
        { title: 'Kompetensförsörjning', sentAt: new Date('2020-09-28T07:00:00Z'), hours: 105 },
      ];
    }
    const bytes = await bytesOf(xlsxStream('Enkäter', COLUMNS, batches()));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet('Enkäter')!;
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).getCell(2).value).toBe('Skickad');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    // 22:30 UTC on 9 September is the 10th in Sweden.
    expect(sheet.getRow(2).getCell(2).value).toEqual(new Date('2020-09-10T00:00:00Z'));
    expect(sheet.getRow(3).getCell(3).value).toBe(105);
  });

  it('holds a fixed number of rows while nobody reads, and stops reading when the client goes away', async () => {
    let batchesRead = 0;
    let closeGenerator!: () => void;
    const generatorClosed = new Promise<void>((resolve) => (closeGenerator = resolve));
    async function* endless(): AsyncGenerator<Row[]> {
      try {
        for (;;) {
          batchesRead += 1;
          yield Array.from({ length: 2000 }, (_, index) => ({
            title: `Enkät nummer ${batchesRead}-${index} med en lång titel om socialtjänsten`,
            sentAt: new Date('2021-01-01T08:00:00Z'),
            hours: index,
          }));
        }
      } finally {
        closeGenerator();
      }
    }
    const stream = xlsxStream('Enkäter', COLUMNS, endless());
    // Nobody reads: the output fills up, and the writer stops at the stages in front of it.
    await until(() => stream.readableLength >= stream.readableHighWaterMark);
    const readWhileWaiting = batchesRead;
    expect(readWhileWaiting).toBeGreaterThanOrEqual(1);
    expect(readWhileWaiting).toBeLessThanOrEqual(BOUND);
    stream.destroy();
    await generatorClosed;
    expect(batchesRead).toBeLessThanOrEqual(readWhileWaiting + 1);
  });
});
