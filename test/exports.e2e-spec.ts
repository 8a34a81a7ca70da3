import ExcelJS from 'exceljs';
import request, { type Response } from 'supertest';
import { api } from './support/api';
import { expectError } from './support/e2e-helpers';
import { scenario } from './support/scenario';
import { weeklySituationReport } from './support/seed-cases';
import { startTestApp, TestApp } from './support/test-app';

const BOM = '\uFEFF';
const SURVEY_HEADERS = [
  'Referens',
  'Titel',
  'Myndighet',
  'Status',
  'Skickad',
  'Sista svarsdag',
  'Mottagare',
  'Antal mottagare',
  'Återkommande',
  'Antal tillfällen',
  'Frivillig',
  'Samråd',
  'SKR:s ställningstagande',
  'Nätverkets beslut',
  'Beräknad tid (h)',
  'Faktisk tid (h)',
  'Kostnad (kr)',
  'Öppna flaggor',
];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The body as bytes, whatever the content type: the BOM and the zip must arrive untouched. */
async function download(t: TestApp, path: string, key = t.adminKey): Promise<Response> {
  return request(t.baseUrl)
    .get(path)
    .set('Authorization', `Bearer ${key}`)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

function csvLines(response: Response): string[] {
  const text = (response.body as Buffer).toString('utf8');
  expect(text.startsWith(BOM)).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  // No bare LF anywhere: every line ends in CRLF.
  expect(text.replaceAll('\r\n', '').includes('\n')).toBe(false);
  return text.slice(BOM.length, -2).split('\r\n');
}

async function sheetOf(response: Response): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  const bytes = response.body as Buffer;
  // exceljs types its input as an ArrayBuffer; it reads Node's Buffer too.
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0];
}

function rowValues(sheet: ExcelJS.Worksheet, number: number): ExcelJS.CellValue[] {
  return (sheet.getRow(number).values as ExcelJS.CellValue[]).slice(1);
}

/** The exports through HTTP: Swedish Excel CSV and typed XLSX, streamed in batches. */
describe('exports', () => {
  let t: TestApp;
  let s: ReturnType<typeof scenario>;

  beforeAll(async () => {
    t = await startTestApp({ FLAG_SCAN_INTERVAL_SECONDS: '0' });
    s = scenario(t);
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  /** Three surveys with Swedish text, one sent with rounds, one consulted, one a draft. */
  async function seed() {
    const myva = await s.agency('myva');
    const sos = await s.agency('socialstyrelsen');
    const weekly = await weeklySituationReport(t, sos, {
      survey: {
        title: 'Lägesrapport; äldreomsorg och hemtjänst',
        occurrences: 2,
        plannedSendDate: '2020-09-10',
        responseDeadline: '2020-10-09T12:00:00+02:00',
      },
      consultation: {
        requestedAt: '2020-09-01T10:00:00+02:00',
        completedAt: '2020-09-08T10:00:00+02:00',
        outcome: 'advised_against',
        topicsCovered: ['burden', 'timing'],
        note: 'Belastningen på kommunerna är hög; överväg ett urval',
      },
      // 00:30 on 10 September in Sweden, still the 9th in UTC.
      sentAt: '2020-09-09T22:30:00Z',
      rounds: [
        ['2020-09-10T08:00:00Z', 253],
        ['2021-04-01T08:00:00Z', 239],
      ],
    });
    const draft = await s.survey(myva, {
      title: 'Vård- och omsorgsanalys för Åre, Älvdalen och Örebro',
      estimatedMinutesPerResponse: 60,
    });
    const selected = await s.survey(sos, {
      title: '=HYPERLINK("http://example.org") i en titel',
      recipientScope: 'selected',
      recipientCodes: ['2080', '2081'],
      estimatedMinutesPerResponse: 45,
      plannedSendDate: '2021-05-03',
    });
    await s.send(selected.id, '2021-05-03T09:00:00+02:00');
    return { weekly, draft, selected };
  }

  describe('GET /surveys/export', () => {
    it('writes CSV for Swedish Excel: BOM, ";", CRLF, Swedish headers, one line per survey', async () => {
      const { weekly, draft, selected } = await seed();
      const response = await download(t, '/api/v1/surveys/export?format=csv');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="enkater-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      const lines = csvLines(response);
      expect(lines[0]).toBe(SURVEY_HEADERS.join(';'));
      expect(lines).toHaveLength(4);
      const byReference = new Map(lines.slice(1).map((line) => [line.split(';')[0], line]));
      expect([...byReference.keys()].sort()).toEqual(
        [weekly.reference, draft.reference, selected.reference].sort(),
      );
      const weeklyLine = byReference.get(weekly.reference as string)!;
      expect(
        weeklyLine.startsWith(
          [
            weekly.reference,
            '"Lägesrapport; äldreomsorg och hemtjänst"',
            'Socialstyrelsen',
            'Skickad',
            '2020-09-10',
            '2020-10-09',
            'Alla kommuner',
            '290',
            'Varje vecka',
            '2',
            'ja',
            'Genomfört',
            'Avråder',
            '',
            '290',
            '246',
            '147600;',
          ].join(';'),
        ),
      ).toBe(true);
      expect(weeklyLine).toMatch(/;[A-Z_, ]*SENT_DESPITE_SKR_ADVICE[A-Z_, ]*$/);
      expect(byReference.get(draft.reference as string)).toContain(
        'Vård- och omsorgsanalys för Åre, Älvdalen och Örebro;Myndigheten för vård- och omsorgsanalys;Utkast;;',
      );
      // A title that a spreadsheet would run as a formula is written as text.
      expect(byReference.get(selected.reference as string)).toContain(
        `"'=HYPERLINK(""http://example.org"") i en titel"`,
      );
      expect(byReference.get(selected.reference as string)).toContain(';Urval;2;');
    });

    it('applies the filters of GET /surveys', async () => {
      const { weekly } = await seed();
      const sent2020 = csvLines(
        await download(t, '/api/v1/surveys/export?format=csv&status=sent&sentTo=2020-12-31'),
      );
      expect(sent2020.slice(1).map((line) => line.split(';')[0])).toEqual([weekly.reference]);
      const byWord = csvLines(await download(t, '/api/v1/surveys/export?format=csv&q=Älvdalen'));
      expect(byWord).toHaveLength(2);
    });

    it('writes typed XLSX cells: real dates, numbers, a bold header row', async () => {
      const { weekly, draft } = await seed();
      const response = await download(t, '/api/v1/surveys/export?format=xlsx');
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe(XLSX_TYPE);
      expect(response.headers['content-disposition']).toMatch(/filename="enkater-.*\.xlsx"/);
      const sheet = await sheetOf(response);
      expect(sheet.name).toBe('Enkäter');
      expect(rowValues(sheet, 1)).toEqual(SURVEY_HEADERS);
      expect(sheet.getRow(1).font?.bold).toBe(true);
      expect(sheet.rowCount).toBe(4);
      const rows = [2, 3, 4].map((number) => sheet.getRow(number));
      const weeklyRow = rows.find((row) => row.getCell(1).value === weekly.reference)!;
      const sent = weeklyRow.getCell(5).value;
      expect(sent).toBeInstanceOf(Date);
      expect((sent as Date).toISOString()).toBe('2020-09-10T00:00:00.000Z');
      expect(weeklyRow.getCell(5).numFmt).toBe('yyyy-mm-dd');
      expect(weeklyRow.getCell(8).value).toBe(290);
      expect(weeklyRow.getCell(11).value).toBe(true);
      expect(weeklyRow.getCell(15).value).toBe(290);
      expect(weeklyRow.getCell(16).value).toBe(246);
      expect(weeklyRow.getCell(17).value).toBe(147600);
      expect(sheet.getColumn(2).width).toBe(50);
      const draftRow = rows.find((row) => row.getCell(1).value === draft.reference)!;
      expect(draftRow.getCell(2).value).toBe(
        'Vård- och omsorgsanalys för Åre, Älvdalen och Örebro',
      );
      expect(draftRow.getCell(5).value).toBeNull();
      expect(draftRow.getCell(15).value).toBe(290);
    });

    it('streams more surveys than one batch, each exactly once', async () => {
      const sos = await s.agency('socialstyrelsen');
      await t.dataSource.query(
        `INSERT INTO surveys (reference, agency_id, title, collection_method, recipient_scope,
                              recipient_count, status, sent_at, estimated_minutes_per_response)
         SELECT 'ENK-2019-' || lpad(g::text, 5, '0'), $1, 'Massutskick nummer ' || g,
                'web_questionnaire', 'all_municipalities', 290, 'sent',
                timestamptz '2019-01-01 08:00Z' + g * interval '1 hour', 6
         FROM generate_series(1, 2345) AS g`,
        [sos],
      );
      const lines = csvLines(await download(t, '/api/v1/surveys/export?format=csv'));
      expect(lines).toHaveLength(2346);
      const references = lines.slice(1).map((line) => line.split(';')[0]);
      expect(new Set(references).size).toBe(2345);
      expect(references[0]).toBe('ENK-2019-00001');
      expect(references.at(-1)).toBe('ENK-2019-02345');
      expect(lines[1]).toContain(';Massutskick nummer 1;Socialstyrelsen;Skickad;2019-01-01;;');
      expect(lines[1].endsWith(';29;29;17400;')).toBe(true);

      const sheet = await sheetOf(await download(t, '/api/v1/surveys/export?format=xlsx'));
      expect(sheet.rowCount).toBe(2346);
      expect(sheet.getRow(2346).getCell(1).value).toBe('ENK-2019-02345');
    });

    it('is not taken for a survey id', async () => {
      const response = await download(t, '/api/v1/surveys/export?format=csv');
      expect(response.status).toBe(200);
      expect(csvLines(response)).toEqual([SURVEY_HEADERS.join(';')]);
    });
  });

  describe('GET /consultations/export', () => {
    it('writes the consultation log as CSV and XLSX, with the list filters', async () => {
      const { weekly } = await seed();
      const csv = await download(t, '/api/v1/consultations/export?format=csv');
      expect(csv.headers['content-disposition']).toMatch(/filename="samrad-.*\.csv"/);
      const lines = csvLines(csv);
      expect(lines[0]).toBe(
        'Referens;Titel;Myndighet;Samrådspart;Begärt;Diarienummer;Handläggare;Klart;' +
          'SKR:s ställningstagande;Behandlade områden;Anteckning;Avdelningschefens granskning;' +
          'Granskad av;Avdelningschefen instämmer;Enkätens status;Skickad;Nätverkets beslut',
      );
      expect(lines).toHaveLength(2);
      expect(lines[1]).toBe(
        [
          weekly.reference,
          '"Lägesrapport; äldreomsorg och hemtjänst"',
          'Socialstyrelsen',
          'SKR',
          '2020-09-01',
          'SKR 2021/00042',
          '',
          '2020-09-08',
          'Avråder',
          'uppgiftslämnarbörda, tidpunkt',
          '"Belastningen på kommunerna är hög; överväg ett urval"',
          '',
          '',
          '',
          'Skickad',
          '2020-09-10',
          '',
        ].join(';'),
      );
      const none = csvLines(
        await download(t, '/api/v1/consultations/export?format=csv&outcome=no_objection'),
      );
      expect(none).toHaveLength(1);

      const sheet = await sheetOf(await download(t, '/api/v1/consultations/export?format=xlsx'));
      expect(sheet.name).toBe('Samråd');
      expect(sheet.getRow(2).getCell(5).value).toBeInstanceOf(Date);
      expect(sheet.getRow(2).getCell(8).value).toEqual(new Date('2020-09-08T00:00:00Z'));
    });
  });

  describe('GET /burden/export', () => {
    it('writes the report with a totals row', async () => {
      await seed();
      const lines = csvLines(await download(t, '/api/v1/burden/export?format=csv&groupBy=year'));
      expect(lines).toEqual([
        'År;Namn;Enkäter;Beräknad tid (h);Faktisk tid (h);Kostnad (kr);Beräknad kostnad (kr)',
        '2020;2020;1;145;126,5;75900;87000',
        '2021;2021;2;146,5;121;72600;87900',
        ';Totalt;2;291,5;247,5;148500;174900',
      ]);
      const sheet = await sheetOf(
        await download(t, '/api/v1/burden/export?format=xlsx&groupBy=month&from=2021-01-01'),
      );
      expect(sheet.name).toBe('Svarsbörda');
      expect(rowValues(sheet, 2)).toEqual(['2021-04', 'april 2021', 1, 145, 119.5, 71700, 87000]);
      const totals = sheet.getRow(4);
      expect(totals.getCell(1).value).toBeNull();
      expect([2, 3, 4, 5, 6, 7].map((cell) => totals.getCell(cell).value)).toEqual([
        'Totalt',
        2,
        146.5,
        121,
        72600,
        87900,
      ]);
    });
  });

  describe('bad requests', () => {
    it.each([
      ['/api/v1/surveys/export?format=pdf', 'format'],
      ['/api/v1/surveys/export', 'format'],
      ['/api/v1/surveys/export?format=csv&limit=10', 'limit'],
      ['/api/v1/surveys/export?format=csv&sentFrom=2021-13-01', 'sentFrom'],
      ['/api/v1/consultations/export?format=xls', 'format'],
      ['/api/v1/consultations/export?format=csv&outcome=maybe', 'outcome'],
      ['/api/v1/burden/export?format=csv', 'groupBy'],
      ['/api/v1/burden/export?format=csv&groupBy=year&from=2022-01-01&to=2021-01-01', 'to'],
    ])('400 for %s', async (path, field) => {
      expectError(await api(t).get(path), 400, 'VALIDATION_FAILED', field);
    });

    it('401 without a key; any role may export', async () => {
      expectError(await api(t, null).get('/api/v1/surveys/export?format=csv'), 401);
      const registrar = await t.keyFor('registrar');
      expect((await download(t, '/api/v1/consultations/export?format=csv', registrar)).status).toBe(
        200,
      );
    });
  });
});
