import { countryCountWords } from '../intents/describe-request.js';
import type { Intent } from '../intents/intent.js';
import type { UnrecordedMeasure } from '../understanding/read-measures.js';

/**
 * "projects with a budget under 100k", "cases that lasted more than 2 years": no case records such
 * a figure, so one short note says so and what was searched instead, the rest of the message.
 */
export function readingOfUnrecorded(measures: readonly UnrecordedMeasure[], intent: Intent): string {
  const whats = [...new Set(measures.map((m) => m.what))];
  const phrases = measures.map((m) => `“${m.phrase}”`).join(' and ');
  const what = whats.length === 1 ? whats[0] : `${whats.slice(0, -1).join(', ')} or ${whats.at(-1)}`;
  const query = 'query' in intent && typeof intent.query === 'string' ? intent.query : '';
  const instead = query === '' ? 'so I left out' : `so I searched “${query}” without`;
  return `The collection records no ${what}, ${instead} ${phrases}.`;
}

/**
 * "cases involving more than one country", "multi-country": read from the countries each case is
 * filed with; cases at international level, which people may mean too, are offered.
 */
export function readingOfCountryCount(
  intent: Intent,
): { note: string; alternatives: { label: string; intent: Intent }[] } | undefined {
  if (!('filters' in intent) || !intent.filters.countryCount || intent.filters.level !== undefined)
    return undefined;
  const { countryCount: range, ...rest } = intent.filters;
  const counted = countryCountWords(range).replace(/^with /u, '');
  return {
    note: `I read it as the cases filed with ${counted}; cases at international level are a button below.`,
    alternatives: [
      {
        label: 'At international level',
        intent: { ...intent, filters: { ...rest, level: 'international' } },
      },
    ],
  };
}
