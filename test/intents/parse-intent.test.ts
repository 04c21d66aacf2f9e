import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCommand } from '../../src/intents/format-command.js';
import type { Filters, Intent, Sort } from '../../src/intents/intent.js';
import { parseIntent } from '../../src/intents/parse-intent.js';
import { countryData } from '../../src/knowledge/countries/country-data.js';
import { resolveCountry } from '../../src/knowledge/countries/index.js';
import { joinRegions, regionTable } from '../../src/knowledge/regions/build-regions.js';
import { TAXONOMY } from '../../src/knowledge/taxonomy.js';
import { hostilePiece } from '../support/hostile-text.js';
import { count, FACETS, LEVELS, list, random, search } from '../support/intents.js';

/** Text built from hostile pieces and words, as a person (or an attacker) might send it. */
const hostileText = () =>
  fc
    .array(fc.oneof(hostilePiece, fc.constantFrom('open', 'data', 'Korea', 'since', '2020', 'local')), {
      maxLength: 12,
    })
    .map((p) => p.join(''));

/** Messages made of the words that carry meaning: places, years, levels, moves, commands, topics. */
const wordSalad = fc
  .array(
    fc.constantFrom(
      'the',
      'and',
      'since',
      '2020',
      '2018-21',
      'page',
      'next',
      'like',
      'compare',
      'one',
      'Korea',
      'Chile',
      'local',
      'national',
      '#2',
      '"open data"',
      'topic',
      'health',
      'per',
      'how many',
      'EU',
      'Nordic',
      'newest',
      'oldest',
      'random',
      'cases',
      '3',
      'top',
      'at a time',
      'open',
      'data',
      'any year',
      'only',
      'what about',
      'by',
      'country',
      'show',
      'similar',
      'level',
      'in',
      'from',
      'before',
      'after',
      'last year',
    ),
    { maxLength: 10 },
  )
  .map((w) => w.join(' '));

const now = () => new Date('2025-06-01T00:00:00Z');
const parse = (text: string) => parseIntent(text, { now });

/** Words a subject is made of: plain topic words that name no filter, command or country. */
const SUBJECT_WORDS = [
  'open',
  'data',
  'mental',
  'telehealth',
  'budgeting',
  'loneliness',
  'portals',
  'co-creation',
  'R&D',
];

const filtersArb: fc.Arbitrary<Filters> = fc
  .record(
    {
      countries: fc.uniqueArray(fc.constantFrom('KR', 'JP', 'CL', 'BE', 'US', 'GB', 'ZA', 'FR', 'CG', 'NE'), {
        minLength: 1,
        maxLength: 3,
      }),
      region: fc.oneof(
        fc.constantFrom(...regionTable().byId.keys()),
        // Two or three named together ("Africa and Asia"): the countries of every one.
        fc
          .uniqueArray(fc.constantFrom(...regionTable().byId.keys()), { minLength: 2, maxLength: 3 })
          .map(joinRegions),
      ),
      years: fc.oneof(
        fc.integer({ min: 1990, max: 2025 }).map((y) => ({ from: y })),
        fc.integer({ min: 1990, max: 2025 }).map((y) => ({ to: y })),
        fc
          .tuple(fc.integer({ min: 1990, max: 2025 }), fc.integer({ min: 0, max: 10 }))
          .map(([y, n]) => ({ from: y, to: y + n })),
      ),
      level: fc.constantFrom(...LEVELS),
      topic: fc.constantFrom(...TAXONOMY.map((t) => t.label)),
      // Places left out: a country and a region (with the six places above, the eight a message is read for).
      except: fc
        .record(
          {
            countries: fc.constantFrom('DE', 'MX', 'NZ', 'EE', 'IT', 'IN').map((code) => [code]),
            region: fc.constantFrom(...regionTable().byId.keys()),
          },
          { requiredKeys: [] },
        )
        .filter((except) => Object.keys(except).length > 0),
      // Topics or words left out: a taxonomy label, or words that name none.
      without: fc.uniqueArray(
        fc.constantFrom('AI & emerging tech', 'Health', 'mental health', 'blockchain'),
        {
          minLength: 1,
          maxLength: 2,
        },
      ),
      // Years left out: one year or a closed range (an open one reads as the years before or after).
      exceptYears: fc
        .tuple(fc.integer({ min: 1990, max: 2025 }), fc.integer({ min: 0, max: 5 }))
        .map(([y, n]) => ({ from: y, to: y + n })),
    },
    { requiredKeys: [] },
    // A region both asked for and left out is no question anyone asks: it reads back once.
  )
  .filter((f) => f.except?.region === undefined || !(f.region ?? '').split('+').includes(f.except.region));

const queryArb = fc
  .array(fc.constantFrom(...SUBJECT_WORDS), { minLength: 0, maxLength: 3 })
  .map((words) => words.join(' '));

const intentArb: fc.Arbitrary<Intent> = fc.oneof(
  fc
    .tuple(
      queryArb,
      filtersArb,
      fc.constantFrom<Sort>('relevance', 'newest', 'oldest', 'title'),
      fc.integer({ min: 1, max: 40 }),
      fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    )
    .map(([query, filters, sort, page, count]) => search(query, filters, { sort, page, count })),
  fc
    .tuple(queryArb, filtersArb, fc.option(fc.integer({ min: 2, max: 5 }), { nil: undefined }))
    .map(([query, filters, n]) => random(query, filters, n)),
  fc
    .tuple(
      fc.option(fc.constantFrom(...FACETS), { nil: undefined }),
      filtersArb,
      queryArb,
      fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      // Lines with a number of cases: at least, at most or exactly, as messages ask them.
      fc.option(
        fc.oneof(
          fc.integer({ min: 1, max: 9 }).map((min) => ({ min })),
          fc.integer({ min: 1, max: 9 }).map((max) => ({ max })),
          fc.integer({ min: 1, max: 9 }).map((n) => ({ min: n, max: n })),
        ),
        { nil: undefined },
      ),
    )
    .map(([by, filters, query, top, having]) => {
      const counted = count(by, filters, query) as Extract<Intent, { type: 'count' }>;
      return by ? { ...counted, ...(top ? { top } : {}), ...(having ? { having } : {}) } : counted;
    }),
  fc.constantFrom<Intent>(
    { type: 'show', id: 'k3x9a2b7' },
    { type: 'similar', id: 'k3x9a2b7', filters: {}, page: 2 },
    { type: 'compare', ids: ['k3x9a2b7', 'zz11yy22'] },
    { type: 'compare-places', countries: ['KR', 'JP'], query: '', filters: {} },
    {
      type: 'compare-places',
      countries: ['FR', 'CO', 'CL'],
      query: '',
      filters: { topic: 'Health', level: 'local' },
    },
    { type: 'help', reason: 'asked' },
    { type: 'small-talk', kind: 'thanks' },
    { type: 'status' },
  ),
);

describe('parseIntent', () => {
  it('is total: any string gives an intent without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.string({ unit: 'grapheme' }),
          hostileText(),
          fc
            .array(
              fc.constantFrom(
                'the',
                'and',
                'since',
                '2020',
                'page',
                'next',
                'like',
                'compare',
                'one',
                'Korea',
                'local',
                '#2',
                '"',
                'topic',
                'per',
                'how many',
                'EU',
              ),
              { maxLength: 12 },
            )
            .map((w) => w.join(' ')),
        ),
        (text) => {
          expect(typeof parse(text).type).toBe('string');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads its own commands back: parse(format(intent)) is the intent', () => {
    fc.assert(
      fc.property(intentArb, (intent) => {
        expect(parse(formatCommand(intent))).toEqual(intent);
      }),
      // Found by this property: "first page" once took the page of "oldest first page 2".
      {
        numRuns: 1000,
        examples: [
          [list({}, { sort: 'oldest', page: 2 })],
          [{ type: 'count', query: '', filters: {}, by: 'country', having: { min: 1, max: 1 } }],
          [{ type: 'count', query: 'open data', filters: {}, by: 'topic', having: { max: 3 } }],
          [search('3', {}, { count: 3 })],
          // Cases relative to a case leave it out by id ("the same country as AI Friends").
          [list({ countries: ['KR'], besides: ['sc214avn', 'c34z9r46'] })],
          [search('open data', { years: { from: 2020, to: 2020 }, besides: ['sz27sd5y'] }, { page: 2 })],
          // Nine places, two language groups among them: their demonyms once crowded out Chile.
          [
            count(undefined, {
              countries: ['KR', 'US', 'CL'],
              region: 'portuguese-speaking+german-speaking+australia-and-new-zealand',
              except: { countries: ['DE'], region: 'turkmen-speaking' },
            }),
          ],
        ],
      },
    );
  });

  it('format(parse(text)) is a fixed point for any text: the command means what the text meant', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), hostileText(), fc.string({ unit: 'grapheme', maxLength: 80 }), wordSalad),
        (text) => {
          const intent = parse(text);
          // What cannot be asked again on purpose: an empty message, "next" with nothing before it,
          // a comparison of fewer than two cases (its answer says two are needed).
          if (intent.type === 'follow-up' || (intent.type === 'help' && intent.reason !== 'asked')) return;
          if (intent.type === 'compare' && intent.ids.length < 2) return;
          expect(parse(formatCommand(intent))).toEqual(intent);
        },
      ),
      // Found by this property: two year ranges that together are every year; a case named "per"
      // (the word of "per country"), which "compare Nordic and per" read back without; "before the
      // data", whose command `search before the data` read back as pointing at an earlier answer;
      // a quote alone with no word in it (`"{"`), read as cases like an empty text; "aI+&Ucl_c",
      // whose "&" glued to a joined part read back spaced.
      {
        numRuns: 3000,
        examples: [
          ['before 2020 2020 since'],
          ['Nordic compare and the per one'],
          ['before the data'],
          ['"{"'],
          ['aI+&Ucl_c'],
        ],
      },
    );
  });

  it.each<[Intent, string]>([
    [
      search('open data', { countries: ['CL'], years: { from: 2020 }, level: 'local' }, { page: 2 }),
      'search open data at local level since 2020 in Chile, page 2',
    ],
    [
      list({ countries: ['KR'], topic: 'Health', years: { from: 2020 } }, { sort: 'newest' }),
      'list topic Health since 2020 in South Korea, newest first',
    ],
    [list({ region: 'nordic' }), 'list in Nordic countries'],
    [list({ countries: ['KR'] }, { count: 3, page: 2 }), 'list in South Korea, 3 at a time page 2'],
    [search('open data', {}, { sort: 'newest', count: 2 }), 'search open data newest first 2 at a time'],
    [list({ region: 'africa+asia' }), 'list in Africa and Asia'],
    [list({ region: 'french-speaking&africa' }), 'list in French-speaking Africa'],
    [
      { ...(list({}, { count: 3, page: 2 }) as Extract<Intent, { type: 'search' }>), skip: 5 },
      'list 3 at a time from case 6 page 2',
    ],
    [search('2020'), 'search "2020"'],
    [random('', { countries: ['JP'], topic: 'Health' }), 'random topic Health in Japan'],
    [random('open data', { countries: ['JP'] }, 3), 'random 3 open data in Japan'],
    [count('country', { topic: 'AI & emerging tech' }), 'count topic AI & emerging tech by country'],
    [
      {
        ...(count('country', { topic: 'AI & emerging tech' }) as Extract<Intent, { type: 'count' }>),
        top: 3,
      },
      'count topic AI & emerging tech by country top 3',
    ],
    [
      list({ topic: 'Health', region: 'asia', except: { countries: ['KR', 'JP'] } }),
      'list topic Health in Asia, not in South Korea, Japan',
    ],
    [search('open data', { except: { region: 'eu' } }), 'search open data not in the EU'],
    [
      list({ topic: 'Health', without: ['mental health', 'AI & emerging tech'] }),
      'list topic Health not about mental health, not about AI & emerging tech',
    ],
    [list({ topic: 'Health', exceptYears: { from: 2020, to: 2020 } }), 'list topic Health not in 2020'],
    [
      search('open data', { exceptYears: { from: 2018, to: 2020 } }),
      'search open data not from 2018 to 2020',
    ],
  ])('formats %j as %s', (intent, command) => {
    expect(formatCommand(intent)).toBe(command);
  });

  it('names every country so that it reads back as the same country', () => {
    for (const country of countryData.countries) {
      const intent = list({ countries: [country.code] });
      expect(parse(formatCommand(intent)), country.name).toEqual(intent);
    }
  });

  it('names every country so that it reads back among other places and with a region', () => {
    // A country named by its code ("SH") after a region's name once read back as search words.
    for (const country of countryData.countries) {
      const other = country.code === 'FR' ? 'JP' : 'FR';
      for (const filters of [
        { countries: [country.code, other], region: 'eu' },
        { countries: [other, country.code], region: 'nordic' },
        { countries: [country.code], region: 'latin-america' },
      ]) {
        const intent = list(filters);
        expect(parse(formatCommand(intent)), formatCommand(intent)).toEqual(intent);
      }
    }
  });

  it('names every pair of regions so that it reads back as the same pair', () => {
    const ids = [...regionTable().byId.keys()];
    for (const a of ids)
      for (const b of ids) {
        if (a === b) continue;
        const intent = list({ region: joinRegions([a, b]) });
        expect(parse(formatCommand(intent)), formatCommand(intent)).toEqual(intent);
      }
  });

  it('falls back to the code for a name that is not one country', () => {
    const ambiguous = countryData.countries.find((c) => resolveCountry(c.name) !== c.code);
    if (ambiguous) expect(formatCommand(list({ countries: [ambiguous.code] }))).toContain(ambiguous.code);
  });
});
