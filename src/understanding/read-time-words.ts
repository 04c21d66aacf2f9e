import type { YearRange } from '../intents/intent.js';
import { smallNumberOf } from './number-words.js';
import { readEventAt, readFiscalAt } from './read-time-events.js';
import type { TimeSpan } from './time-reading.js';
import type { Word } from './words.js';

const MONTHS = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];
const MONTH: ReadonlyMap<string, number> = new Map(MONTHS.flatMap((names, i) => names.map((n) => [n, i])));
/** Parts of a year written before it ("Q3 2021", "late 2019", "spring 2020"): the year is all cases have. */
const PARTS =
  /^(?:q[1-4]|h[12]|early|mid|late|end|start|beginning|middle|spring|summer|autumn|fall|winter)$/u;
/** Where in a decade "early", "mid" and "late" fall, as years after its first. */
const DECADE_PARTS: ReadonlyMap<string, [number, number]> = new Map([
  ['early', [0, 3]],
  ['mid', [4, 6]],
  ['late', [7, 9]],
]);
const AROUND = new Set(['around', 'circa', 'ca', 'approximately', 'approx', 'roughly']);
const SINCE = new Set(['since', 'after', 'starting', 'post']);
const UNTIL = new Set(['before', 'until', 'till', 'til', 'pre', 'prior']);
const PAST = new Set(['last', 'past', 'previous', 'recent']);
/** Months in a unit, for "the past 18 months", "last quarter", "6 weeks ago". */
const UNIT_MONTHS: ReadonlyMap<string, number> = new Map([
  ['month', 1],
  ['months', 1],
  ['quarter', 3],
  ['quarters', 3],
  ['week', 0.25],
  ['weeks', 0.25],
  ['day', 1 / 30],
  ['days', 1 / 30],
]);
/** Words naming a visit or a look, for "since my last visit", "since I last checked". */
const VISITS = /^(?:visit|visited|time|check|checked|login|looked|look|was|came)$/u;
/** Words of the collection changing, for "what changed recently", "added this week". */
const CHANGED = new Set([
  'added',
  'changed',
  'updated',
  'uploaded',
  'published',
  'arrived',
  'appeared',
  'new',
]);
/** Verbs of coming in that say a change with the next word: "came in", "got added", "went in". */
const COMING = new Set(['came', 'come', 'comes', 'coming', 'went', 'gone', 'got', 'get', 'gotten', 'been']);
const COMING_INTO = new Set(['in', 'added', 'uploaded', 'published', 'through']);
const LATELY = new Set(['recently', 'lately']);
const YEAR = /^(?:19|20)\d\d$/u;

/**
 * Times that are not years, read at word `i` as the years cases carry: a month or quarter is its
 * year ("March 2022", "Q3 2021", "FY2022", "last month"), a span the years it touches ("the past
 * 18 months", "the early 2000s", "around 2020", "a couple of years back", "before brexit"), and
 * what the collection cannot know ("added this week", "since my last visit") said as such.
 */
export function readTimeWordsAt(
  words: readonly Word[],
  claimed: readonly boolean[],
  i: number,
  today: Date,
): TimeSpan | undefined {
  const f = (k: number) => (claimed[k] ? undefined : words[k]?.folded);
  const yearAt = (k: number) => (YEAR.test(f(k) ?? '') ? Number(f(k)) : undefined);
  const thisYear = today.getUTCFullYear();
  const monthsBack = (months: number) => {
    const back = new Date(today.getTime());
    back.setUTCMonth(back.getUTCMonth() - Math.ceil(months));
    return back.getUTCFullYear();
  };
  const word = f(i);
  if (word === undefined) return undefined;
  const lead = SINCE.has(word) ? 'since' : UNTIL.has(word) ? 'until' : undefined;
  const start = lead ? i + 1 : i;
  const bounded = (range: YearRange): YearRange =>
    lead === 'since' ? { from: range.from } : lead === 'until' ? { to: range.to } : range;
  const at = (last: number, range: YearRange, reading: TimeSpan['reading']): TimeSpan => {
    // "mid-2020 onwards", "Q3 2021 and later": from then on.
    const after = f(last + 1);
    const later = (after === 'and' || after === 'or') && f(last + 2) === 'later' ? last + 2 : undefined;
    const onwards = after === 'onwards' || after === 'onward' ? last + 1 : later;
    if (onwards !== undefined && lead === undefined)
      return { range: { from: range.from }, first: i, last: onwards, reading };
    return { range: bounded(range), first: i, last, reading };
  };
  const first = f(start);
  if (first === undefined) return undefined;

  // "since my last visit", "since I last checked", "since last time": no date of adding is kept;
  // "what came in since …", "got added since …": the change said before it is part of it.
  if (word === 'since') {
    const k = ['my', 'our', 'i', 'we'].includes(first) ? start + 1 : start;
    const came = COMING_INTO.has(f(i - 1) ?? '') && COMING.has(f(i - 2) ?? '') ? i - 2 : i;
    if (f(k) === 'last' && VISITS.test(f(k + 1) ?? ''))
      return { ...at(k + 1, {}, { kind: 'added' }), first: came };
  }
  // "what came in this week", "anything got added lately": a change like "arrived".
  if (COMING.has(word) && COMING_INTO.has(f(i + 1) ?? '')) {
    const k = ['since', 'during', 'over'].includes(f(i + 2) ?? '') ? i + 3 : i + 2;
    if (LATELY.has(f(k) ?? '')) return at(k, {}, { kind: 'added' });
    const then = relativeAt(k);
    if (then) return { ...then, first: i, reading: { kind: 'added' } };
  }
  // "what changed recently", "updated lately", "added this week", "new this month".
  if (CHANGED.has(word) && LATELY.has(f(i + 1) ?? '') && word !== 'new')
    return at(i + 1, {}, { kind: 'added' });
  if (LATELY.has(word) && CHANGED.has(f(i + 1) ?? '') && f(i + 1) !== 'added' && f(i + 1) !== 'new')
    return at(i + 1, {}, { kind: 'added' });
  if (CHANGED.has(word)) {
    const k = ['in', 'since', 'during', 'over'].includes(f(i + 1) ?? '') ? i + 2 : i + 1;
    const then = relativeAt(k);
    if (then) return { ...then, first: i, reading: { kind: 'added' } };
  }
  const relative = relativeAt(start);
  if (relative) return relative.days ? { ...relative, reading: { kind: 'added' } } : relative;

  // "March 2022", "Q3 2021", "late 2019", "the first half of 2020", "since January".
  const month = MONTH.get(first);
  const ofAt = (k: number) => (f(k) === 'of' ? k + 1 : k);
  if (month !== undefined || PARTS.test(first)) {
    const k = ofAt(start + 1);
    const year = yearAt(k);
    const decade = /^((?:19|20)?\d0)s$/u.exec(f(k) ?? '')?.[1];
    const part = DECADE_PARTS.get(first);
    if (decade !== undefined && part) {
      const base =
        decade.length === 2 ? (Number(decade) >= 50 ? 1900 : 2000) + Number(decade) : Number(decade);
      return at(k, { from: base + part[0], to: base + part[1] }, { kind: 'approximate' });
    }
    // "before January 2021" ends in 2020, "after December 2019" starts in 2020.
    const shift =
      month === 0 && (word === 'before' || word === 'pre') ? -1 : month === 11 && word === 'after' ? 1 : 0;
    if (year !== undefined) return at(k, { from: year + shift, to: year + shift }, { kind: 'finer' });
    // "since January", "before March": the last such month, this year or the one before.
    if (month !== undefined && lead && (first !== 'may' || lead === 'since') && first.length > 3) {
      const year = month <= today.getUTCMonth() ? thisYear : thisYear - 1;
      return at(start, { from: year, to: year }, { kind: 'finer' });
    }
  }
  // "the first half of 2021", "the second quarter of 2020"
  if (/^(?:first|second|third|fourth|last)$/u.test(first) && /^(?:half|quarter)$/u.test(f(start + 1) ?? '')) {
    const k = ofAt(start + 2);
    const year = yearAt(k);
    if (year !== undefined) return at(k, { from: year, to: year }, { kind: 'finer' });
  }
  // "FY2022", "FY 22", "fiscal year 2021", "fiscal 2020", "this fiscal year".
  const fiscal = readFiscalAt(f, start, thisYear);
  if (fiscal) return at(fiscal.last, { from: fiscal.year, to: fiscal.year }, { kind: 'fiscal' });
  // "around 2020", "circa 2015": the years beside it too.
  const around = AROUND.has(first) ? yearAt(start + 1) : undefined;
  if (around !== undefined && !lead)
    return at(start + 1, { from: around - 1, to: around + 1 }, { kind: 'around', year: around });
  // "before brexit", "during the financial crisis", "the last election cycle".
  const event = readEventAt(f, i, lead, thisYear);
  if (event) return event;
  return undefined;

  /** "last month", "the past 18 months", "this week", "a couple of years back", "3 months ago". */
  function relativeAt(k: number): (TimeSpan & { days?: true }) | undefined {
    const the = f(k) === 'the' ? k + 1 : k;
    const now = f(the);
    // "added today", "since yesterday"; "health today" is only now, and left to the sort words.
    const dated = lead !== undefined || CHANGED.has(f(k - 1) ?? '') || CHANGED.has(f(k - 2) ?? '');
    if ((now === 'today' || now === 'yesterday') && dated)
      return { ...at(the, { from: thisYear, to: thisYear }, { kind: 'finer' }), days: true };
    if ((now === 'this' || now === 'current') && UNIT_MONTHS.has(f(the + 1) ?? '')) {
      const days = (UNIT_MONTHS.get(f(the + 1) ?? '') ?? 1) < 1;
      return {
        ...at(the + 1, { from: thisYear, to: thisYear }, { kind: 'finer' }),
        ...(days ? { days: true } : {}),
      };
    }
    if (now && PAST.has(now)) {
      const counted = smallNumberOf(words[the + 1]) ?? vague(the + 1);
      const unitAt = counted === undefined ? the + 1 : unitAfter(the + 1);
      const unit = UNIT_MONTHS.get(f(unitAt) ?? '');
      // "last month" is one; "recent months", "the past weeks" a few.
      const count = counted ?? (/s$/u.test(f(unitAt) ?? '') ? 3 : 1);
      if (unit !== undefined) {
        const from = monthsBack(count * unit);
        return {
          ...at(unitAt, { from, to: thisYear }, { kind: from === thisYear ? 'finer' : 'approximate' }),
          ...(unit < 1 ? { days: true } : {}),
        };
      }
    }
    // "a couple of years back", "two years ago", "3 months ago"
    const a = now === 'a' ? the + 1 : the;
    const count = smallNumberOf(words[a]) ?? vague(a);
    const unitAt = unitAfter(a);
    const ago = f(unitAt + 1) === 'ago' || f(unitAt + 1) === 'back';
    // After "since" or "before", years ago are read by `readYears` as ever.
    if (count !== undefined && ago && !lead && /^(?:years?|yrs?)$/u.test(f(unitAt) ?? ''))
      return at(unitAt + 1, { from: thisYear - count, to: thisYear - count }, { kind: 'approximate' });
    const unit = UNIT_MONTHS.get(f(unitAt) ?? '');
    if (count !== undefined && ago && unit !== undefined) {
      const year = monthsBack(count * unit);
      return at(unitAt + 1, { from: year, to: year }, { kind: 'finer' });
    }
    return undefined;
  }

  /** The unit after a count at `k`: "2 months", "a couple of weeks", "the last couple weeks". */
  function unitAfter(k: number): number {
    return f(k) === 'couple' && f(k + 1) === 'of' ? k + 2 : k + 1;
  }

  function vague(k: number): number | undefined {
    if (f(k) === 'couple') return 2;
    return f(k) === 'few' || f(k) === 'several' ? 3 : undefined;
  }
}
