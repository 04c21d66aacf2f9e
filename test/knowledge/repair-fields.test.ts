import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseRecordSchema } from '../../src/knowledge/case-record-schema.js';
import { repairCountries } from '../../src/knowledge/repair/repair-countries.js';
import { repairRecord } from '../../src/knowledge/repair/repair-record.js';
import { repairTags } from '../../src/knowledge/repair/repair-tags.js';
import { repairText } from '../../src/knowledge/repair/repair-text.js';
import { repairUrl } from '../../src/knowledge/repair/repair-url.js';
import { repairYear } from '../../src/knowledge/repair/repair-year.js';

const fixes = (notes: readonly { fix: string }[]) => notes.map((n) => n.fix);

describe('repairUrl', () => {
  it.each(['https://example.org/case', 'http://www.agency.example/page?id=3#top'])('keeps %j', (url) => {
    expect(repairUrl(url)).toEqual({ value: url, notes: [] });
  });

  it.each([
    ['www.agency.gov/page', 'https://www.agency.gov/page'],
    ['oecd-opsi.org', 'https://oecd-opsi.org'],
    ['  digital.gov.uk/services  ', 'https://digital.gov.uk/services'],
    ['//cdn.example.com/x', 'https://cdn.example.com/x'],
    ['Service.Gov.Au/benefits', 'https://Service.Gov.Au/benefits'],
  ])('repairs a bare address %j → %j', (text, url) => {
    const result = repairUrl(text);
    expect(result.value).toBe(url);
    expect(fixes(result.notes)).toEqual(['repaired']);
  });

  it.each([
    'internal web address',
    'Mayor launches new app to cut waiting times',
    'ftp://example.org/plans',
    'report.pdf',
    'mailto:team@example.org',
    'www',
    'https://',
    'javascript:alert(1)',
    42,
    ['https://example.org'],
  ])('drops %j with a warning', (value) => {
    const result = repairUrl(value);
    expect(result.value).toBeUndefined();
    expect(fixes(result.notes)).toEqual(['dropped']);
  });
});

describe('repairYear', () => {
  it.each([
    [2021, 2021],
    ['2021', 2021],
    [' 2021 ', 2021],
    ['2021.0', 2021],
    ['2021-03-15', 2021],
    ['2021-03-15T10:00:00Z', 2021],
    ['15/03/2021', 2021],
    ['March 2021', 2021],
    ['15 Mar. 2021', 2021],
    [new Date(Date.UTC(2020, 5, 1)), 2020],
  ])('reads %j as %j without a warning', (value, year) => {
    expect(repairYear(value)).toEqual({ value: year, notes: [] });
  });

  it.each([
    ['2019-2021', 2019],
    ['2019–21', 2019],
    ['2019/20', 2019],
    ['2018 to present', 2018],
    ['c. 2018', 2018],
    ['ca 2018', 2018],
    ['circa 2018', 2018],
    ['around 2018', 2018],
    ['2018?', 2018],
  ])('repairs %j to %j with a warning', (value, year) => {
    const result = repairYear(value);
    expect(result.value).toBe(year);
    expect(fixes(result.notes)).toEqual(['repaired']);
  });

  it.each([
    1492,
    3000,
    2021.5,
    '21',
    '20x1',
    'twenty',
    '2010s',
    '2021-2019',
    '2019 or 2020',
    '',
    null,
    true,
    {},
  ])('drops %j with a warning', (value) => {
    const result = repairYear(value);
    expect(result.value).toBeUndefined();
    expect(fixes(result.notes)).toEqual(['dropped']);
  });

  it('says why a year was dropped', () => {
    expect(repairYear(1492).notes[0]?.message).toMatch(/between 1900 and 2100/);
    expect(repairYear('2010s').notes[0]?.message).toMatch(/"2010s" is not one year/);
  });
});

describe('repairCountries', () => {
  it.each([
    [['KR'], ['KR']],
    ['EE; LV', ['EE', 'LV']],
    ['EE, LV', ['EE', 'LV']],
    ['Estonia; Latvia', ['EE', 'LV']],
    ['Estonia, Latvia and Lithuania', ['EE', 'LV', 'LT']],
    ['Estonia and Latvia', ['EE', 'LV']],
    ['EST | LVA', ['EE', 'LV']],
    ['Korea, Republic of', ['KR']],
    ['Bosnia and Herzegovina', ['BA']],
    ['Trinidad and Tobago; FR', ['TT', 'FR']],
    [['Estonia', 'EE', 'estonian'], ['EE']],
  ])('reads %j as %j without a warning', (value, codes) => {
    expect(repairCountries(value)).toEqual({ value: codes, notes: [] });
  });

  it('reads a city or region that lies in one country as that country, with a warning', () => {
    const result = repairCountries('Bogotá, Colombia');
    expect(result.value).toEqual(['CO']);
    expect(fixes(result.notes)).toEqual(['repaired']);
  });

  it('drops what names no country and keeps the rest', () => {
    const result = repairCountries(['France', 'Atlantis', 'Global', 7]);
    expect(result.value).toEqual(['FR']);
    expect(fixes(result.notes)).toEqual(['dropped', 'dropped', 'dropped']);
    expect(repairCountries('Frnace').notes[0]?.message).toMatch(
      /unknown country "Frnace" \(did you mean France\?\)/,
    );
    expect(repairCountries('Narnia')).toEqual({ notes: [expect.objectContaining({ fix: 'dropped' })] });
  });
});

describe('repairTags and repairText', () => {
  it('splits tags on ; or |, else on commas, and drops duplicates, blanks and sentences', () => {
    expect(repairTags('health; ageing;; Health')).toEqual({ value: ['health', 'ageing'], notes: [] });
    expect(repairTags('health, ageing')).toEqual({ value: ['health', 'ageing'], notes: [] });
    expect(repairTags('care, homes | robots').value).toEqual(['care, homes', 'robots']);
    expect(repairTags(['AI', 2030]).value).toEqual(['AI', '2030']);
    const long = repairTags([
      'ok',
      'This tag is really a whole sentence that someone pasted into the tags column',
    ]);
    expect(long.value).toEqual(['ok']);
    expect(fixes(long.notes)).toEqual(['dropped']);
    expect(fixes(repairTags(5).notes)).toEqual(['dropped']);
  });

  it('collapses whitespace, reads numbers and joins lists in text fields', () => {
    expect(repairText('title', '  Two\n lines ')).toEqual({ value: 'Two lines', notes: [] });
    expect(repairText('title', 1984).value).toBe('1984');
    expect(repairText('organisation', ['City of Ghent', 'Digipolis'])).toMatchObject({
      value: 'City of Ghent; Digipolis',
      notes: [{ fix: 'repaired' }],
    });
    expect(repairText('level', { name: 'Local' })).toEqual({
      notes: [{ fix: 'dropped', message: 'level must be text, found a object; dropped' }],
    });
  });
});

describe('repairRecord: only the summary can reject a record', () => {
  it('rejects a record without a usable summary with an error', () => {
    expect(repairRecord({ title: 'x' })).toEqual({
      problems: [{ severity: 'error', field: 'summary', message: 'summary is required (missing or blank)' }],
    });
    expect(repairRecord({ summary: 42 }).problems).toEqual([
      { severity: 'error', field: 'summary', message: 'summary must be text' },
    ]);
  });

  it('keeps a record with every optional field bad, each dropped or repaired with a warning', () => {
    const result = repairRecord({
      summary: ' A pilot. ',
      url: 'www.city.example/pilot',
      year: 'c. 2018',
      countries: 'Atlantis',
      tags: 5,
      level: {},
      organisation: 12,
    });
    expect(result.record).toEqual({
      summary: 'A pilot.',
      url: 'https://www.city.example/pilot',
      year: 2018,
      organisation: '12',
    });
    expect(result.problems.map((p) => [p.field, p.severity, p.fix])).toEqual([
      ['countries', 'warning', 'dropped'],
      ['year', 'warning', 'repaired'],
      ['url', 'warning', 'repaired'],
      ['tags', 'warning', 'dropped'],
      ['level', 'warning', 'dropped'],
      ['organisation', 'warning', 'repaired'],
    ]);
  });

  it('turns any value into a record the strict schema accepts, or an error about the summary', () => {
    const anyValue = fc.oneof(fc.jsonValue(), fc.date({ noInvalidDate: false }), fc.string());
    fc.assert(
      fc.property(
        fc.record(
          {
            summary: anyValue,
            title: anyValue,
            countries: anyValue,
            year: anyValue,
            url: anyValue,
            tags: anyValue,
            level: anyValue,
            organisation: anyValue,
          },
          { requiredKeys: [] },
        ),
        (fields) => {
          const { record, problems } = repairRecord(fields);
          if (record === undefined) {
            expect(problems).toEqual([expect.objectContaining({ severity: 'error', field: 'summary' })]);
          } else {
            expect(caseRecordSchema.safeParse(record).success).toBe(true);
            for (const p of problems) expect(p.severity).toBe('warning');
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
