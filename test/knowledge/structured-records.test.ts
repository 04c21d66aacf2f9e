import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Case, KnowledgeProblem } from '../../src/knowledge/case.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { parseCsvRecords } from '../../src/knowledge/parse-csv-records.js';
import { parseJsonlRecords, parseJsonRecords } from '../../src/knowledge/parse-json-records.js';
import { createTempDirs, FIXTURES } from '../fixtures/knowledge-dirs.js';

const temp = createTempDirs();
afterAll(() => temp.cleanup());

const fixture = (path: string): readonly [string, string] => [join(FIXTURES, path), path.split('/').at(-1)!];

function caseStarting(cases: readonly Case[], start: string): Case {
  const found = cases.find((c) => c.summary.startsWith(start));
  if (found === undefined) throw new Error(`no case starts with ${start}`);
  return found;
}

function where(
  problems: readonly KnowledgeProblem[],
): { file: string; line?: number; field?: string; severity: string }[] {
  return problems.map(({ file, line, field, severity }) => ({
    file,
    ...(line === undefined ? {} : { line }),
    ...(field === undefined ? {} : { field }),
    severity,
  }));
}

describe('good structured files', async () => {
  const dir = await temp.make([
    fixture('good/records.json'),
    fixture('good/records.jsonl'),
    fixture('good/records.csv'),
  ]);
  const kb = await loadKnowledge(dir);

  it('load every record without problems', () => {
    expect(kb.problems).toEqual([]);
    expect(kb.cases).toHaveLength(6);
  });

  it('JSON: every field, countries as codes, extra keys ignored', () => {
    const c = caseStarting(kb.cases, 'The Open Budget Portal');
    expect(c).toMatchObject({
      title: 'Open Budget Portal',
      countries: ['UY'],
      year: 2019,
      url: 'https://example.org/open-budget',
      level: 'Local',
      organisation: 'Intendencia de Montevideo',
      truncated: false,
      sources: [{ file: 'records.json', line: 1 }],
    });
    expect(c).not.toHaveProperty('status');
    // Own tags first (a taxonomy id becomes its label), then the inferred taxonomy labels.
    expect(c.tags.slice(0, 2)).toEqual(['open data', 'Transparency & integrity']);
    expect(c.tags).toContain('Digital government');
  });

  it('JSON: a country name and a year given as a string are accepted', () => {
    const c = caseStarting(kb.cases, 'A national chatbot');
    expect(c).toMatchObject({ countries: ['EE'], year: 2021, sources: [{ file: 'records.json', line: 2 }] });
    expect(c.title.length).toBeGreaterThan(0);
  });

  it('JSONL: blank lines are skipped and lines keep their numbers; "country" and ;-tags work', () => {
    expect(caseStarting(kb.cases, "Seoul's Digital").sources).toEqual([{ file: 'records.jsonl', line: 1 }]);
    const robots = caseStarting(kb.cases, 'Care homes tested');
    expect(robots).toMatchObject({
      title: 'Care Robots Pilot',
      countries: ['JP'],
      sources: [{ file: 'records.jsonl', line: 3 }],
    });
    expect(robots.tags.slice(0, 2)).toEqual(['robots', 'ageing']);
  });

  it('CSV: quoted commas and quotes, ;-lists, coerced years, empty cells absent', () => {
    const roofs = caseStarting(kb.cases, 'Rotterdam subsidised');
    expect(roofs).toMatchObject({
      title: 'Green Roofs, Cooler Streets',
      summary:
        'Rotterdam subsidised green roofs on public buildings, cutting summer heat and storing rainwater.',
      countries: ['NL'],
      year: 2018,
      url: 'https://example.org/green-roofs',
      organisation: 'City of Rotterdam',
      sources: [{ file: 'records.csv', line: 2 }],
    });
    expect(roofs.tags.slice(0, 2)).toEqual(['climate', 'urban']);
    const passport = caseStarting(kb.cases, 'Workers keep one digital record');
    expect(passport.summary).toContain('"portable" across borders');
    expect(passport).toMatchObject({
      title: 'Skills Passport',
      countries: ['PT', 'ES'],
      year: 2020,
      level: 'National',
    });
    expect(passport).not.toHaveProperty('url');
    expect(passport).not.toHaveProperty('organisation');
  });
});

describe('broken structured files', async () => {
  const names = ['broken.json', 'broken.jsonl', 'broken.csv', 'not-array.json', 'notes.md'];
  // Written here rather than kept as a fixture: the linter rightly refuses invalid JSON in the repository.
  const invalid = '[\n  {"summary": "Valid start"},\n  {"summary": }\n]\n';
  const dir = await temp.make(
    names.map((name) => fixture(`broken/${name}`)),
    { 'invalid.json': invalid },
  );
  const kb = await loadKnowledge(dir);

  it('report each problem with its file, line or row, field and severity', () => {
    const error = 'error';
    const warning = 'warning';
    expect(where(kb.problems)).toEqual([
      { file: 'broken.csv', line: 3, severity: error },
      { file: 'broken.csv', line: 4, field: 'countries', severity: warning },
      { file: 'broken.csv', line: 5, field: 'year', severity: warning },
      { file: 'broken.csv', line: 9, severity: error },
      { file: 'broken.json', line: 2, field: 'summary', severity: error },
      { file: 'broken.json', line: 3, field: 'summary', severity: error },
      { file: 'broken.json', line: 4, field: 'url', severity: warning },
      { file: 'broken.json', line: 5, field: 'year', severity: warning },
      { file: 'broken.json', line: 6, field: 'countries', severity: warning },
      { file: 'broken.json', line: 7, severity: error },
      { file: 'broken.json', line: 9, field: 'tags', severity: warning },
      { file: 'broken.json', line: 10, field: 'year', severity: warning },
      { file: 'broken.jsonl', line: 2, severity: error },
      { file: 'broken.jsonl', line: 4, severity: error },
      { file: 'broken.jsonl', line: 5, field: 'summary', severity: error },
      { file: 'broken.jsonl', line: 6, field: 'contries', severity: warning },
      { file: 'invalid.json', severity: error },
      { file: 'not-array.json', severity: error },
    ]);
  });

  it('say what is wrong in words', () => {
    const message = (file: string, line?: number) =>
      kb.problems.find((p) => p.file === file && p.line === line)?.message ?? '';
    expect(message('broken.csv', 3)).toMatch(/1 columns.*header has 4/);
    expect(message('broken.csv', 4)).toMatch(/unknown country "Atlantis"/);
    expect(message('broken.csv', 9)).toMatch(/Quote Not Closed/);
    expect(message('broken.json', 2)).toBe('summary is required (missing or blank)');
    expect(message('broken.json', 3)).toBe('summary must be text');
    expect(message('broken.jsonl', 5)).toBe('summary is required (missing or blank)');
    expect(message('broken.json', 4)).toMatch(/"ftp:\/\/example.org\/plans" is not an http or https address/);
    expect(message('broken.json', 5)).toMatch(/between 1900 and 2100/);
    expect(message('broken.json', 7)).toMatch(/must be an object, found a string/);
    expect(message('broken.jsonl', 2)).toMatch(/^invalid JSON/);
    expect(message('broken.jsonl', 6)).toMatch(/did you mean "countries"/);
    expect(message('invalid.json')).toMatch(/^invalid JSON/);
    expect(message('not-array.json')).toMatch(/must hold an array.*found object/);
  });

  it('still load every record with a usable summary, without its bad optional values', () => {
    const loaded = kb.cases.flatMap((c) => c.sources.map((s) => `${s.file}:${s.line}`)).sort();
    expect(loaded).toEqual([
      'broken.csv:2',
      'broken.csv:4',
      'broken.csv:5',
      'broken.csv:6',
      'broken.csv:8',
      'broken.json:1',
      'broken.json:10',
      'broken.json:4',
      'broken.json:5',
      'broken.json:6',
      'broken.json:8',
      'broken.json:9',
      'broken.jsonl:1',
      'broken.jsonl:6',
      'broken.jsonl:7',
    ]);
    const badUrl = caseStarting(kb.cases, 'Bad URL');
    expect(badUrl).not.toHaveProperty('url');
    expect(caseStarting(kb.cases, 'Bad year')).not.toHaveProperty('year');
    // The unknown country is dropped, so the countries are inferred from the text (none here).
    expect(caseStarting(kb.cases, 'Unknown country').countries).toEqual([]);
    expect(caseStarting(kb.cases, 'A coastal town restores dunes').countries).toEqual([]);
    expect(caseStarting(kb.cases, 'A summary that spans').summary).toBe(
      'A summary that spans\ntwo lines inside its quotes, about a library lending tools to residents.',
    );
  });

  it('keep a record with a misspelt field, without that field', () => {
    const c = caseStarting(kb.cases, 'Misspelt field');
    expect(c.sources).toEqual([{ file: 'broken.jsonl', line: 6 }]);
    // The value under "contries" is not used; the countries come from the text instead.
    expect(c.countries).toEqual(['FR']);
  });
});

describe('files that are not text', () => {
  it('report binary, non-UTF-8 and unreadable files and load the rest', async () => {
    const dir = await temp.make([fixture('good/records.jsonl')], {
      'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]),
      'latin1.csv': new Uint8Array([...Buffer.from('title,summary\nCaf'), 0xe9, ...Buffer.from(',x\n')]),
      'image.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    });
    await symlink(join(dir, 'missing-target.json'), join(dir, 'dangling.json'));
    const kb = await loadKnowledge(dir);
    expect(where(kb.problems)).toEqual([
      { file: 'binary.txt', severity: 'error' },
      { file: 'dangling.json', severity: 'error' },
      { file: 'latin1.csv', severity: 'error' },
    ]);
    expect(kb.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/binary/),
      expect.stringMatching(/unreadable.*ENOENT/),
      expect.stringMatching(/UTF-8/),
    ]);
    expect(kb.cases).toHaveLength(2);
  });
});

describe('record parsers', () => {
  it('JSON records are numbered by array index + 1', () => {
    expect(parseJsonRecords('[{"a":1},{"b":2}]', 'f.json')).toEqual({
      records: [
        { line: 1, value: { a: 1 } },
        { line: 2, value: { b: 2 } },
      ],
      problems: [],
    });
  });

  it('invalid JSON gives the line when the parser tells the position, and never the whole file', () => {
    const { problems } = parseJsonRecords('[\n{"summary": "x"}\n{"summary": "y"}\n]', 'f.json');
    expect(problems).toEqual([
      { file: 'f.json', line: 3, severity: 'error', message: expect.stringMatching(/^invalid JSON/) },
    ]);
    const long = `[${'{"summary": "padding text"},'.repeat(500)}]`;
    const [problem] = parseJsonRecords(long, 'g.json').problems;
    expect(problem?.message.length).toBeLessThan(250);
  });

  it('JSONL tolerates CRLF line ends and blank lines', () => {
    const { records, problems } = parseJsonlRecords('{"a":1}\r\n\r\n{"b":2}\r\n', 'f.jsonl');
    expect(problems).toEqual([]);
    expect(records.map((r) => r.line)).toEqual([1, 3]);
  });

  it('CSV rows are numbered by the line they start on; a BOM and CRLF are fine (CRLF in quotes becomes LF)', () => {
    const text = '\ufefftitle,summary\r\nA,"one\r\ntwo"\r\n\r\nB,three\r\n';
    const { records, problems } = parseCsvRecords(text, 'f.csv');
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { line: 2, value: { title: 'A', summary: 'one\ntwo' } },
      { line: 5, value: { title: 'B', summary: 'three' } },
    ]);
  });

  it('a CSV without a summary column is one problem, not one per row', () => {
    const { records, problems } = parseCsvRecords('title,sumary\nA,one\nB,two\n', 'f.csv');
    expect(records).toEqual([]);
    expect(problems).toEqual([
      {
        file: 'f.csv',
        line: 1,
        field: 'summary',
        severity: 'error',
        message: 'the header row has no "summary" column (it has "title", "sumary")',
      },
    ]);
  });

  it('an empty CSV has no records and no problems', () => {
    expect(parseCsvRecords('', 'f.csv')).toEqual({ records: [], problems: [] });
  });
});
