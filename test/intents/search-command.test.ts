import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Filters } from '../../src/intents/intent.js';
import { parseIntent } from '../../src/intents/parse-intent.js';
import { searchCommand } from '../../src/intents/search-command.js';

// A search form's words and menu choices become one command the bot reads back as that search.

function searchOf(command: string) {
  const intent = parseIntent(command);
  if (intent.type !== 'search') throw new Error(`"${command}" reads as ${intent.type}`);
  return intent;
}

describe('searchCommand', () => {
  it.each<[string, Filters, { query: string; filters: Filters }]>([
    ['', { countries: ['KR'] }, { query: '', filters: { countries: ['KR'] } }],
    [
      'health in Korea',
      { years: { from: 2019 } },
      { query: '', filters: { countries: ['KR'], topic: 'Health', years: { from: 2019 } } },
    ],
    // A country chosen in the menu replaces the one typed.
    [
      'health in Korea',
      { countries: ['FR'] },
      { query: '', filters: { countries: ['FR'], topic: 'Health' } },
    ],
    [
      'mental health',
      { topic: 'Health', years: { from: 2018, to: 2020 } },
      { query: 'mental health', filters: { topic: 'Health', years: { from: 2018, to: 2020 } } },
    ],
  ])('"%s" with %j asks for that search', (text, chosen, expected) => {
    const intent = searchOf(searchCommand(text, chosen));
    expect(intent.query).toBe(expected.query);
    expect(intent.filters).toEqual(expected.filters);
    expect(intent.page).toBe(1);
  });

  it.each(['help', 'next', 'digest list', 'status'])(
    'searches for "%s" as written: the form asked for a search',
    (text) => {
      expect(searchOf(searchCommand(text, {})).query).toBe(text);
    },
  );

  it('keeps a typed order, and a chosen topic sorts by relevance', () => {
    expect(searchOf(searchCommand('cases in Chile oldest first', {})).sort).toBe('oldest');
    expect(searchOf(searchCommand('', { topic: 'Health' })).sort).toBe('relevance');
  });

  it('reads back as a search for any text and any choice', () => {
    const filters = fc.record(
      {
        countries: fc.constantFrom('KR', 'FR', 'US').map((code) => [code]),
        topic: fc.constantFrom('Health', 'Digital government'),
        years: fc.record({ from: fc.integer({ min: 1990, max: 2030 }) }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), filters, (text, chosen) => {
        const intent = searchOf(searchCommand(text, chosen));
        if (chosen.countries) expect(intent.filters.countries).toEqual(chosen.countries);
        if (chosen.topic) expect(intent.filters.topic).toBe(chosen.topic);
      }),
      // Found by this property: a quote mark in words that read as a case id; "0 vs", read as
      // subjects set against each other.
      {
        numRuns: 200,
        examples: [
          ['#"000A00', {}],
          ['0 vs', { topic: 'Health' }],
        ],
      },
    );
  });
});
