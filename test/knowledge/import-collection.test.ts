import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { caseRecordSchema } from '../../src/knowledge/case-record-schema.js';
import { decodeText, detectDelimiter } from '../../src/knowledge/import/decode-text.js';
import { guessMapping, parseMapOption } from '../../src/knowledge/import/guess-mapping.js';
import { ImportError, importCollection, renderJsonl } from '../../src/knowledge/import/import-collection.js';
import { FIXTURES } from '../fixtures/knowledge-dirs.js';

const IMPORT_FIXTURES = join(FIXTURES, '../import');
const fixture = (name: string) => readFileSync(join(IMPORT_FIXTURES, name));

describe('guessing the mapping', () => {
  it('maps common column names without case or punctuation and lists the rest', () => {
    const guess = guessMapping([
      'ID',
      'Project Name',
      'Short_Description',
      'Country Code',
      'start_date',
      'URL',
      'Key-words',
      'Government level',
      'Organization',
    ]);
    expect(guess.mapping).toEqual({
      title: 'Project Name',
      summary: 'Short_Description',
      countries: 'Country Code',
      year: 'start_date',
      url: 'URL',
      tags: 'Key-words',
      level: 'Government level',
      organisation: 'Organization',
    });
    expect(guess.unmapped).toEqual(['ID']);
  });

  it('prefers the better name when several columns fit, and --map overrides guesses', () => {
    expect(guessMapping(['text', 'Description', 'Summary']).mapping.summary).toBe('Summary');
    const chosen = parseMapOption('summary=text, title=DESCRIPTION', ['text', 'Description', 'Summary']);
    expect(chosen).toEqual({ mapping: { summary: 'text', title: 'Description' }, errors: [] });
    expect(guessMapping(['text', 'Description', 'Summary'], chosen.mapping).unmapped).toEqual(['Summary']);
  });

  it('names what is wrong in --map', () => {
    expect(parseMapOption('titel=Name,summary=Nope', ['Name']).errors).toEqual([
      '--map: "titel" is not a field (fields: title, summary, countries, year, url, tags, level, organisation)',
      '--map: no column "Nope" for summary (columns: "Name")',
    ]);
  });
});

describe('reading text in any encoding and delimiter', () => {
  it('decodes UTF-8 with a BOM, UTF-16 with a BOM, and Windows-1252', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: 'a', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00]))).toEqual({
      text: 'aé',
      encoding: 'utf-16le',
    });
    expect(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toEqual({
      text: 'Café',
      encoding: 'windows-1252',
    });
  });

  it('detects the delimiter from the header, outside quotes, or from a sep= line', () => {
    expect(detectDelimiter('a;b;c\n1,2;3;4\n').delimiter).toBe(';');
    expect(detectDelimiter('a\tb\n').delimiter).toBe('\t');
    expect(detectDelimiter('"a;b",c,d\n').delimiter).toBe(',');
    expect(detectDelimiter('sep=|\na|b\n')).toEqual({ delimiter: '|', body: 'a|b\n' });
  });
});

describe('importCollection', () => {
  it('reads a ;-separated CSV with a BOM and multi-line cells, repairs, drops, skips and merges', async () => {
    const imported = await importCollection(fixture('agency-export.csv'), 'agency-export.csv');
    expect(imported.details).toEqual(['utf-8', 'delimiter ;']);
    expect(imported.rows).toBe(7);
    expect(imported.unmapped).toEqual(['Internal ID']);
    // Two equal summaries with different titles stay two cases; equal title and summary merge.
    expect(imported.records.map((r) => r.title)).toEqual([
      'Digital Helpers Ghent',
      'Digital Helpers Leuven',
      'Baltic Data Bridge',
      'Night Buses',
      'Care Robots',
    ]);
    const baltic = imported.records[2]!;
    expect(baltic.summary).toContain('so that\nprescriptions');
    expect(baltic).toMatchObject({ countries: ['EE', 'LV'], year: 2019 });
    expect(baltic).not.toHaveProperty('url');
    expect(imported.records[3]).toMatchObject({
      countries: ['KR'],
      year: 2018,
      url: 'https://seoul.go.kr/night-bus',
    });
    expect(imported.records[4]).not.toHaveProperty('countries');
    const kinds = imported.problems.map((p) => [p.line, p.field, p.severity, p.fix]);
    expect(kinds).toEqual([
      [2, 'Website', 'warning', 'repaired'],
      [4, 'Start date', 'warning', 'repaired'],
      [4, 'Website', 'warning', 'dropped'],
      [12, 'Start date', 'warning', 'repaired'],
      [12, 'Website', 'warning', 'repaired'],
      [13, 'Description', 'error', undefined],
      [14, 'Geo coverage', 'warning', 'dropped'],
      [14, 'Start date', 'warning', 'dropped'],
      [14, 'Website', 'warning', 'dropped'],
    ]);
    expect(imported.merges.map((m) => [m.type, m.reason, m.sources.map((s) => s.line)])).toEqual([
      ['merged', 'same title, countries, year and summary', [4, 8]],
      ['kept-apart', 'same summary, different titles and years', [2, 3]],
    ]);
    for (const record of imported.records) expect(caseRecordSchema.safeParse(record).success).toBe(true);
  });

  it('reads a TSV and a JSON export with nested and odd columns', async () => {
    const tsv = await importCollection(fixture('cases.tsv'), 'cases.tsv');
    expect(tsv.records.map((r) => [r.countries, r.url])).toEqual([
      [['UY'], 'https://example.org/budget'],
      [['FR'], 'https://www.example.fr/meals'],
    ]);
    const json = await importCollection(fixture('export.json'), 'export.json');
    expect(json.details).toEqual(['utf-8', 'records under "data"']);
    expect(json.mapping).toMatchObject({
      countries: 'countries.code',
      organisation: 'organisation.name',
      year: 'dates.start',
    });
    expect(json.records).toEqual([
      {
        title: 'Tax Pre-filling',
        summary: 'The tax office pre-fills returns for salaried workers, who only confirm them online.',
        countries: ['EE'],
        year: 2015,
        url: 'https://emta.example.ee/prefill',
        tags: ['tax', 'digital services'],
        organisation: 'Tax and Customs Board',
      },
      {
        title: 'Behavioural Letters',
        summary: 'Reminder letters rewritten with behavioural insights doubled on-time tax payments.',
        countries: ['GB', 'IE'],
        year: 2012,
        tags: ['behavioural insights'],
        organisation: 'Revenue Service',
      },
    ]);
    expect(json.problems.map((p) => [p.line, p.field, p.severity])).toEqual([
      [1, 'links.website', 'warning'],
      [2, 'dates.start', 'warning'],
      [2, 'links.website', 'warning'],
      [3, 'description', 'error'],
    ]);
  });

  it('reads an .xlsx workbook: dates, numbers, rich text, formulas and links', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Cases');
    sheet.addRow(['Initiative', 'Abstract', 'Countries', 'Launched', 'Link', 'Notes']);
    sheet.addRow([
      'Open Permits',
      'Builders apply for permits online and follow each step of the review.',
      'Estonia; Latvia',
      new Date(Date.UTC(2020, 2, 1)),
      { text: 'Website', hyperlink: 'https://permits.example/' },
      'internal',
    ]);
    sheet.addRow([
      { richText: [{ text: 'Green ' }, { text: 'Roofs' }] },
      'A city subsidises green roofs on public buildings to cool streets.',
      'NL',
      { formula: '2010+8', result: 2018 },
      'www.roofs.example',
      null,
    ]);
    sheet.addRow(['No abstract', null, 'FR', 2020, null, null]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const imported = await importCollection(bytes, 'cases.xlsx');
    expect(imported.details).toEqual(['sheet "Cases"']);
    expect(imported.records).toEqual([
      {
        title: 'Open Permits',
        summary: 'Builders apply for permits online and follow each step of the review.',
        countries: ['EE', 'LV'],
        year: 2020,
        url: 'https://permits.example/',
      },
      {
        title: 'Green Roofs',
        summary: 'A city subsidises green roofs on public buildings to cool streets.',
        countries: ['NL'],
        year: 2018,
        url: 'https://www.roofs.example',
      },
    ]);
    expect(imported.problems.map((p) => [p.line, p.severity])).toEqual([
      [3, 'warning'],
      [4, 'error'],
    ]);
  });

  it('writes JSON lines in the knowledge field order', () => {
    expect(renderJsonl([{ year: 2020, summary: 'S', title: 'T' }])).toBe(
      '{"title":"T","summary":"S","year":2020}\n',
    );
  });

  it('refuses what it cannot import, with a code and the file name', async () => {
    const cases: [Uint8Array, string, string][] = [
      [new Uint8Array([1, 2]), 'cases.pdf', 'UNKNOWN_FORMAT'],
      [new TextEncoder().encode('{"summary": '), 'cases.json', 'UNREADABLE'],
      [new TextEncoder().encode('id,name\n1,x\n'), 'cases.csv', 'NO_SUMMARY_COLUMN'],
      [new TextEncoder().encode('summary,title\n,x\n'), 'cases.csv', 'NO_RECORDS'],
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'cases.xlsx', 'UNREADABLE'],
    ];
    for (const [bytes, name, code] of cases) {
      const error = await importCollection(bytes, name).catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(ImportError);
      expect((error as ImportError).code, name).toBe(code);
      expect((error as ImportError).message, name).toContain(name);
    }
    await expect(
      importCollection(fixture('cases.tsv'), 'cases.tsv', { map: 'summary=nope' }),
    ).rejects.toMatchObject({
      code: 'BAD_MAP',
    });
  });
});
