import { csvChunks } from './csv-stream';
import type { Column } from './table';

interface Row {
  title: string;
  hours: number;
  sentAt: Date | null;
}

const COLUMNS: Column<Row>[] = [
  { header: 'Titel', type: 'text', width: 10, value: (row) => row.title },
  { header: 'Beräknad tid (h)', type: 'decimal', width: 10, value: (row) => row.hours },
  { header: 'Skickad', type: 'date', width: 10, value: (row) => row.sentAt },
];

async function* batches(): AsyncGenerator<Row[]> {
  yield [{ title: 'Kompetensförsörjning; del 1', hours: 105.5, sentAt: null }];
  yield [{ title: 'Lägesrapport', hours: 0.25, sentAt: new Date('2020-09-10T07:00:00Z') }];
}

describe('csvChunks', () => {
  it('writes the BOM and the header once, then a line per row in Swedish Excel style', async () => {
    let text = '';
    for await (const chunk of csvChunks(COLUMNS, batches())) text += chunk;
    expect(text).toBe(
      '\uFEFFTitel;Beräknad tid (h);Skickad\r\n' +
        '"Kompetensförsörjning; del 1";105,5;\r\n' +
        'Lägesrapport;0,25;2020-09-10\r\n',
    );
  });
});
