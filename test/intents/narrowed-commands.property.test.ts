import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withCountry } from '../../src/conversation/refine-intent.js';
import { narrowed } from '../../src/intents/facet-values.js';
import { formatCommand, narrowedCommands } from '../../src/intents/format-command.js';
import type { Filters, Intent, Level, Sort } from '../../src/intents/intent.js';
import { parseIntent } from '../../src/intents/parse-intent.js';
import { countryData } from '../../src/knowledge/countries/country-data.js';
import { regionTable } from '../../src/knowledge/regions/build-regions.js';
import { TAXONOMY } from '../../src/knowledge/taxonomy.js';

type SearchIntent = Extract<Intent, { type: 'search' }>;

const CODES = [...new Set(countryData.countries.map((c) => c.code))];
/**
 * Countries whose names read back: a code-named one after a region ("in the EU, SH") is read
 * as the subject by the parser, whatever makes the command (noticed, left to the parser's owner).
 */
const NAMED = ['FR', 'DE', 'KR', 'CL', 'NZ', 'US', 'GB', 'JP', 'BR', 'IN', 'CA', 'AU', 'CO', 'EE', 'PT'];
const REGIONS = [...regionTable().byId.keys()];
const TOPICS = TAXONOMY.map((t) => t.label);
const LEVELS: Level[] = ['local', 'regional', 'national', 'international'];
const SORTS: Sort[] = ['relevance', 'newest', 'oldest', 'title'];
const WORDS = ['water', 'school', 'telehealth', 'budget', 'citizens', 'open data', 'farm', 'ai'];

const yearsArb = fc
  .record({ from: fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: undefined }), span: fc.nat(8) })
  .chain(({ from, span }) =>
    fc.constantFrom(
      from === undefined ? { to: 2000 + span } : { from },
      from === undefined ? { to: 2000 + span } : { from, to: from + span },
    ),
  );

const filtersArb = (codes: readonly string[]): fc.Arbitrary<Filters> =>
  fc
    .record(
      {
        countries: fc.uniqueArray(fc.constantFrom(...codes), { minLength: 1, maxLength: 3 }),
        region: fc.constantFrom(...REGIONS),
        years: yearsArb,
        level: fc.constantFrom(...LEVELS),
        topic: fc.constantFrom(...TOPICS),
      },
      { requiredKeys: [] },
    )
    .map((filters) => filters as Filters);

const facetArb = fc.constantFrom('country' as const, 'topic' as const, 'year' as const);

function keysArb(facet: 'country' | 'topic' | 'year', codes: readonly string[]): fc.Arbitrary<string[]> {
  const values =
    facet === 'country'
      ? fc.constantFrom(...codes)
      : facet === 'topic'
        ? fc.constantFrom(...TOPICS)
        : fc.integer({ min: 1990, max: 2030 }).map(String);
  return fc.uniqueArray(values, { minLength: 1, maxLength: 25 });
}

/** The menu's question for one value: the asked one with that filter, one sort for every value. */
function ask(
  query: string,
  base: Filters,
  facet: 'country' | 'topic' | 'year',
  key: string,
  sort: Sort,
): SearchIntent {
  return { type: 'search', query, filters: narrowed(base, facet, key), sort, page: 1 };
}

function checkMenu(
  query: string,
  base: Filters,
  facet: 'country' | 'topic' | 'year',
  keys: string[],
  sort: Sort,
) {
  const commandFor = narrowedCommands(ask(query, base, facet, keys[0]!, sort), facet);
  for (const key of keys) {
    const intent = ask(query, base, facet, key, sort);
    const command = commandFor(key);
    expect(command).toBe(formatCommand(intent, 'quoted'));
    expect(parseIntent(command)).toEqual(withCountry(intent));
  }
}

describe('narrowedCommands: a menu option command made from its menu’s common words', () => {
  it('equals formatCommand of the option’s whole question, which reads back as that question', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }).map((w) => w.join(' ')),
        filtersArb(NAMED),
        facetArb.chain((facet) => fc.tuple(fc.constant(facet), keysArb(facet, NAMED))),
        fc.constantFrom(...SORTS),
        (query, base, [facet, keys], sort) => checkMenu(query, base, facet, keys, sort),
      ),
      { numRuns: 300 },
    );
  });

  it('equals formatCommand for any subject text and any country, quotes and commas included', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        filtersArb(CODES),
        facetArb.chain((facet) => fc.tuple(fc.constant(facet), keysArb(facet, CODES))),
        fc.constantFrom(...SORTS),
        (query, base, [facet, keys], sort) => {
          const commandFor = narrowedCommands(ask(query, base, facet, keys[0]!, sort), facet);
          for (const key of keys)
            expect(commandFor(key)).toBe(formatCommand(ask(query, base, facet, key, sort), 'quoted'));
        },
      ),
      { numRuns: 300 },
    );
  });
});
