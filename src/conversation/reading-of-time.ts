import { describeYears } from '../intents/describe-request.js';
import type { Intent } from '../intents/intent.js';
import type { TimeReading } from '../understanding/time-reading.js';

type Alternative = { label: string; intent: Intent };

/**
 * "the past 18 months", "Q3 2021", "FY2022", "around 2020", "before brexit", "added this week":
 * cases carry a year and no date, nor when they were added, so the answer says which years the
 * words became (or that what was added when cannot be known, and shows the newest) and offers
 * the other likely reading where there is one.
 */
export function readingOfTime(
  reading: TimeReading,
  intent: Intent,
): { note: string; alternatives: Alternative[] } | undefined {
  if (intent.type !== 'search' && intent.type !== 'count' && intent.type !== 'random') return undefined;
  if (reading.kind === 'added')
    return {
      note: `I can't tell what was added ${addedWhen(reading.typed)}: cases have a year, not the date they were added. Here are the newest.`,
      alternatives: [],
    };
  const years = intent.filters.years;
  if (!years) return undefined;
  const read = `Read “${reading.typed}” as ${describeYears(years).replace(/^(?:in|from) /u, '')}`;
  switch (reading.kind) {
    case 'finer':
    case 'approximate':
      return { note: `${read}: cases have years, not dates.`, alternatives: [] };
    case 'fiscal':
      return {
        note: `${read}: fiscal years differ by country, so I read the calendar year.`,
        alternatives: [],
      };
    case 'around': {
      const year = reading.year ?? years.from ?? 0;
      return {
        note: `${read}, the years beside it too; ${year} alone is a button below.`,
        alternatives: [
          {
            label: `In ${year} only`,
            intent: { ...intent, filters: { ...intent.filters, years: { from: year, to: year } } },
          },
        ],
      };
    }
    case 'event': {
      if (intent.type !== 'search') return { note: `${read}: ${reading.why}.`, alternatives: [] };
      const { years: _years, ...rest } = intent.filters;
      const query = [intent.query, reading.event].filter(Boolean).join(' ');
      return {
        note: `${read}: ${reading.why}. Cases about ${reading.event} are a button below.`,
        alternatives: [
          {
            label: `Cases about ${reading.event}`,
            intent: { type: 'search', query, filters: rest, sort: 'relevance', page: 1 },
          },
        ],
      };
    }
    default: {
      const never: never = reading.kind;
      return never;
    }
  }
}

/** "this week", "since my last visit" → "since your last visit". */
function addedWhen(typed: string): string {
  const words = typed.replace(
    /^(?:(?:came|come|comes|coming|went|gone|got|get|gotten|been)\s+(?:in|added|uploaded|published|through)|added|changed|updated|uploaded|published|arrived|appeared|new)\s+/iu,
    '',
  );
  return /^recently|lately/iu.test(words) || /\b(?:recently|lately)$/iu.test(typed)
    ? 'recently'
    : words
        .replace(/^the\b/iu, 'in the')
        .replace(/\bmy\b/giu, 'your')
        .replace(/\bI\b/gu, 'you')
        .replace(/\bour\b/giu, 'your');
}
