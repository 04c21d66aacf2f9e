import type { YearRange } from '../intents/intent.js';
import type { TimeSpan } from './time-reading.js';

/** Events read as their years: the first and last, and why, said in the answer. */
const EVENTS: readonly { words: string[]; from: number; to: number; why: string }[] = [
  { words: ['financial', 'crisis'], from: 2007, to: 2009, why: 'the financial crisis ran from 2007 to 2009' },
  { words: ['gfc'], from: 2007, to: 2009, why: 'the financial crisis ran from 2007 to 2009' },
  { words: ['great', 'recession'], from: 2007, to: 2009, why: 'the Great Recession ran from 2007 to 2009' },
  { words: ['brexit'], from: 2016, to: 2020, why: 'the UK voted in 2016 and left the EU in 2020' },
];
/** How long an election cycle is taken to be, for "the last election cycle". */
const ELECTION_CYCLE = 4;
const DURING = new Set(['during', 'amid', 'amidst', 'throughout', 'in']);
const PAST = new Set(['last', 'past', 'previous', 'recent']);
const YEAR = /^(?:19|20)\d\d$/u;

type WordAt = (k: number) => string | undefined;

/**
 * "before brexit", "during the financial crisis", "since the GFC" at `i` (after `lead`, the bound
 * its first word sets): the event's years, before it or from its start; "the last election cycle"
 * the last few years, since elections differ by country.
 */
export function readEventAt(
  f: WordAt,
  i: number,
  lead: 'since' | 'until' | undefined,
  thisYear: number,
): TimeSpan | undefined {
  const k = f(i + 1) === 'the' ? i + 2 : i + 1;
  const event =
    (lead || DURING.has(f(i) ?? '')) && EVENTS.find((e) => e.words.every((w, n) => f(k + n) === w));
  if (event) {
    const range: YearRange =
      lead === 'since'
        ? { from: event.from }
        : lead === 'until'
          ? { to: event.from - 1 }
          : { from: event.from, to: event.to };
    return {
      range,
      first: i,
      last: k + event.words.length - 1,
      reading: { kind: 'event', why: event.why, event: event.words.join(' ') },
    };
  }
  const start = lead ? i + 1 : i;
  const e = f(start) === 'the' ? start + 1 : start;
  if (!PAST.has(f(e) ?? '') || !/^elections?$/u.test(f(e + 1) ?? '')) return undefined;
  return {
    range: { from: thisYear - ELECTION_CYCLE, to: thisYear },
    first: i,
    last: f(e + 2) === 'cycle' ? e + 2 : e + 1,
    reading: {
      kind: 'event',
      why: `elections differ by country, so I took the last ${ELECTION_CYCLE} years`,
      event: 'elections',
    },
  };
}

/** "FY2022", "FY 22", "fiscal year 2021", "fiscal 2020", "this fiscal year" at `k`: its year. */
export function readFiscalAt(
  f: WordAt,
  k: number,
  thisYear: number,
): { year: number; last: number } | undefined {
  const short = /^fy(\d\d(?:\d\d)?)$/u.exec(f(k) ?? '')?.[1];
  if (short !== undefined) return { year: fullYear(short), last: k };
  const next = f(k + 1) ?? '';
  if (f(k) === 'fy' && /^\d\d(?:\d\d)?$/u.test(next)) return { year: fullYear(next), last: k + 1 };
  const fiscalWord = (n: number) => f(n) === 'fiscal' || (f(n) === 'financial' && f(n + 1) === 'year');
  if ((f(k) === 'this' || f(k) === 'current' || f(k) === 'last') && fiscalWord(k + 1)) {
    const last = f(k + 2) === 'year' ? k + 2 : k + 1;
    return { year: f(k) === 'last' ? thisYear - 1 : thisYear, last };
  }
  if (f(k) !== 'fiscal') return undefined;
  const n = f(k + 1) === 'year' ? k + 2 : k + 1;
  return YEAR.test(f(n) ?? '') ? { year: Number(f(n)), last: n } : undefined;
}

function fullYear(digits: string): number {
  return digits.length === 4 ? Number(digits) : 2000 + Number(digits);
}
