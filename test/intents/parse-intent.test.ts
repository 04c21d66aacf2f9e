import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCommand } from '../../src/intents/format-command.js';
import type { Intent } from '../../src/intents/intent.js';
import { MAX_MESSAGE_LENGTH, parseIntent } from '../../src/intents/parse-intent.js';

const PHRASINGS: [string, Intent][] = [
  // commands
  ['search digital inclusion', { type: 'search', query: 'digital inclusion', page: 1 }],
  ['find mental health', { type: 'search', query: 'mental health', page: 1 }],
  ['SEARCH Telerehabilitation', { type: 'search', query: 'Telerehabilitation', page: 1 }],
  ['search digital inclusion page 2', { type: 'search', query: 'digital inclusion', page: 2 }],
  ['search AI in Korea', { type: 'search', query: 'AI', country: 'KR', page: 1 }],
  ['random', { type: 'random' }],
  ['random korea', { type: 'random', country: 'KR' }],
  ['random Japan health', { type: 'random', country: 'JP', topic: 'health' }],
  ['random case from Japan', { type: 'random', country: 'JP' }],
  ['surprise me', { type: 'random' }],
  ['Surprise me!', { type: 'random' }],
  ['surprise me with a health case', { type: 'random', topic: 'health' }],
  ['surprise me with a case from France', { type: 'random', country: 'FR' }],
  ['random climate', { type: 'random', topic: 'climate' }],
  ['country Belgium', { type: 'country', country: 'BE', countryName: 'Belgium', page: 1 }],
  ['country south korea', { type: 'country', country: 'KR', countryName: 'south korea', page: 1 }],
  ['country UK page 3', { type: 'country', country: 'GB', countryName: 'UK', page: 3 }],
  ['country Narnia', { type: 'country', countryName: 'Narnia', page: 1 }],
  ['country', { type: 'countries' }],
  ['countries', { type: 'countries' }],
  ['list countries', { type: 'countries' }],
  ['which countries do you have?', { type: 'countries' }],
  ['what countries are covered', { type: 'countries' }],
  ['show abc123', { type: 'show', id: 'abc123' }],
  ['details K3X9A2', { type: 'show', id: 'k3x9a2' }],
  ['show', { type: 'help', reason: 'asked', topic: 'show' }],
  ['help', { type: 'help', reason: 'asked' }],
  ['?', { type: 'help', reason: 'asked' }],
  ['Hello!', { type: 'help', reason: 'asked' }],
  ['what can you do?', { type: 'help', reason: 'asked' }],
  ['help digest', { type: 'help', reason: 'asked', topic: 'digest' }],
  ['search', { type: 'help', reason: 'asked', topic: 'search' }],
  // plain language
  ['cases from Korea', { type: 'country', country: 'KR', countryName: 'cases from Korea', page: 1 }],
  [
    'what has Uruguay done?',
    { type: 'country', country: 'UY', countryName: 'what has Uruguay done?', page: 1 },
  ],
  [
    'initiatives in the US',
    { type: 'country', country: 'US', countryName: 'initiatives in the US', page: 1 },
  ],
  ['Korea', { type: 'country', country: 'KR', countryName: 'Korea', page: 1 }],
  [
    'show me projects from Greece',
    { type: 'country', country: 'GR', countryName: 'show me projects from Greece', page: 1 },
  ],
  ['AI projects in Korea', { type: 'search', query: 'AI', country: 'KR', page: 1 }],
  ['mental health in Australia', { type: 'search', query: 'mental health', country: 'AU', page: 1 }],
  ['cases on digital inclusion', { type: 'search', query: 'digital inclusion', page: 1 }],
  ['citizen participation', { type: 'search', query: 'citizen participation', page: 1 }],
  ['telerehabilitaion', { type: 'search', query: 'telerehabilitaion', page: 1 }],
  ['green jobs', { type: 'search', query: 'green jobs', page: 1 }],
  // hostile and odd input
  ['', { type: 'help', reason: 'empty' }],
  ['   \n\t ', { type: 'help', reason: 'empty' }],
  ['x'.repeat(MAX_MESSAGE_LENGTH + 1), { type: 'help', reason: 'too-long' }],
  ['foo~2 bar^3 +baz -qux title:x', { type: 'search', query: 'foo~2 bar^3 +baz -qux title:x', page: 1 }],
  ['__proto__', { type: 'search', query: '__proto__', page: 1 }],
  ['constructor toString', { type: 'search', query: 'constructor toString', page: 1 }],
  ['@everyone <!channel> hi', { type: 'search', query: '@everyone <!channel> hi', page: 1 }],
  ['digest', { type: 'digest', command: { type: 'help' } }],
  ['digest list', { type: 'digest', command: { type: 'list' } }],
  [
    'digest subscribe weekly mon 09:00 topic health',
    { type: 'digest', command: { type: 'subscribe', args: 'weekly mon 09:00 topic health' } },
  ],
  ['digest unsubscribe ab12', { type: 'digest', command: { type: 'unsubscribe', id: 'ab12' } }],
  ['digest pause ab12', { type: 'digest', command: { type: 'pause', id: 'ab12' } }],
  ['digest resume ab12', { type: 'digest', command: { type: 'resume', id: 'ab12' } }],
  ['digest preview', { type: 'digest', command: { type: 'preview' } }],
  ['digest preview ab12', { type: 'digest', command: { type: 'preview', id: 'ab12' } }],
];

describe('parseIntent', () => {
  it.each(PHRASINGS)('%j', (text, expected) => {
    expect(parseIntent(text)).toEqual(expected);
  });

  it('has at least 40 phrasings in its table', () => {
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(40);
  });

  it('is total: any string gives an intent without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })),
        (text) => {
          const intent = parseIntent(text);
          expect(typeof intent.type).toBe('string');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each<Intent>([
    { type: 'search', query: 'mental health', page: 3 },
    { type: 'search', query: 'AI', country: 'KR', page: 2 },
    { type: 'country', country: 'BE', countryName: 'Belgium', page: 2 },
    { type: 'random', country: 'JP', topic: 'health' },
    { type: 'show', id: 'abc123' },
  ])('formatCommand round-trips %j', (intent) => {
    const reparsed = parseIntent(formatCommand(intent));
    expect(reparsed.type).toBe(intent.type);
    if (reparsed.type === 'search' && intent.type === 'search') {
      expect({ q: reparsed.query, c: reparsed.country, p: reparsed.page }).toEqual({
        q: intent.query,
        c: intent.country,
        p: intent.page,
      });
    }
    if ('page' in intent && 'page' in reparsed) expect(reparsed.page).toBe(intent.page);
    if ('country' in intent) expect((reparsed as { country?: string }).country).toBe(intent.country);
  });
});
