import type { YearRange } from '../intents/intent.js';
import { smallNumberOf } from './number-words.js';
import { LEADS_ABROAD } from './other-languages.js';
import { readTimeWordsAt } from './read-time-words.js';
import type { TimeReading } from './time-reading.js';
import type { Word } from './words.js';

/** Years a message names: the range, and which words said it. */
export interface YearSpan {
  range: YearRange;
  first: number;
  last: number;
  /** Years read from an event ("during covid"): its words, which may as well be the subject. */
  event?: string;
  /** A time that is not a year ("the past 18 months", "Q3 2021"): how it was read. */
  reading?: TimeReading;
}

const YEAR = /^(?:19|20)\d\d$/u;
const DECADE = /^((?:19|20)?\d0)s$/u;

const FROM_WORDS = new Set(['since', 'after', 'post', 'starting', 'from']);
const TO_WORDS = new Set([
  'before',
  'until',
  'till',
  'til',
  'through',
  'thru',
  'pre',
  'prior',
  'earlier',
  'older',
]);
// "the years 2020 until 2022", as French and Spanish speakers say a range ("les années…").
const AT_WORDS = new Set(['in', 'during', 'of', 'for', 'from', 'year', 'years']);
const RANGE_JOINERS = new Set(['to', 'and', 'until', 'till', 'through', 'thru']);
const ONWARDS = new Set(['onwards', 'onward', 'on', 'later', 'after', 'newer', 'since']);
const EARLIER = new Set(['earlier', 'before', 'older']);
/** Between such a bound and its year: "antes de 2018", "jusqu'à 2020", "desde el 2020". */
const LINKS_ABROAD = new Set(['de', 'del', 'el', 'a', 'al', 'di', 'dem']);
/** Words before a span of years that only lead into it ("over the last 2 years"). */
const SPAN_LEADS = new Set(['over', 'within', 'throughout']);
const PAST_WORDS = new Set(['past', 'last', 'previous']);
const YEAR_WORDS = new Set(['year', 'years', 'yrs', 'yr']);
/** How many years "a few" and "several" are, for "the past few years". */
const VAGUE_COUNTS: ReadonlyMap<string, number> = new Map([
  ['few', 3],
  ['several', 3],
]);
/** The year COVID-19 became a pandemic, for "before covid" and "since the pandemic". */
const PANDEMIC_YEAR = 2020;
/** The last year of its lockdowns and emergency measures in most countries, for "during covid". */
const PANDEMIC_LAST_YEAR = 2021;
/** Words before "covid" that ask for its years, not for cases about it ("covid response"). */
const DURING_WORDS = new Set(['during', 'amid', 'amidst', 'throughout']);

/** The words a relative year ("since last year", "before 2 years ago") bounds a range after. */
const RELATIVE_LEADS: ReadonlySet<string> = new Set(['since', 'starting', 'after', 'post', ...TO_WORDS]);

/** The words the pandemic ("before covid", "during the pandemic") bounds a range after. */
const EVENT_LEADS: ReadonlySet<string> = new Set([...FROM_WORDS, 'after', ...TO_WORDS, ...DURING_WORDS]);

/** Past this, "'NN" is of the 1900s: "'98" is 1998, "'19" 2019. */
const SHORT_YEAR_PIVOT = 50;

function yearOf(word: Word | undefined): number | undefined {
  if (!word) return undefined;
  if (YEAR.test(word.folded)) return Number(word.folded);
  // "since '19", "in ’21": a year written short after an apostrophe.
  if (/^\d\d$/u.test(word.folded) && /['’]$/u.test(word.gap)) {
    const n = Number(word.folded);
    return n <= SHORT_YEAR_PIVOT ? 2000 + n : 1900 + n;
  }
  return undefined;
}

/** "2018-20": the second year written short, after a dash. */
function rangeEnd(words: readonly Word[], at: number, from: number): number | undefined {
  const word = words[at];
  if (!word) return undefined;
  const full = yearOf(word);
  if (full !== undefined) return full;
  if (/^\d\d$/u.test(word.folded) && /^\s*[-–—/]\s*$/u.test(word.gap)) {
    const year = Math.floor(from / 100) * 100 + Number(word.folded);
    return year >= from ? year : undefined;
  }
  return undefined;
}

/**
 * Year ranges in a message: "in 2021", "since 2020", "after 2019", "before 2018", "between 2018
 * and 2020", "2018-20", "the 2010s", "this year", "last year", "the past 3 years". Relative years
 * count from `thisYear` (the injected clock). A bare year far in the future ("Agenda 2030") is
 * left to the subject. Words already `claimed` are skipped.
 */
export function readYears(
  words: readonly Word[],
  claimed: readonly boolean[],
  thisYear: number,
  text = '',
  today: Date = new Date(Date.UTC(thisYear, 6, 1)),
): YearSpan[] {
  const spans: YearSpan[] = [];
  const w = (i: number) => (claimed[i] ? undefined : words[i]);
  const f = (i: number) => w(i)?.folded;
  let i = 0;
  while (i < words.length) {
    const found = readAt(i);
    if (found) {
      // "from 2020 year", "of 2018 year": the word "year" after a year, as some write it, is its.
      const after = f(found.last + 1);
      if ((after === 'year' || after === 'yr') && yearOf(words[found.last]) !== undefined) found.last += 1;
      // "over the last year", "within the past 2 years": the word that leads into the span is its.
      const the = f(found.first - 1) === 'the' ? found.first - 1 : found.first;
      if (SPAN_LEADS.has(f(the - 1) ?? '')) found.first = the - 1;
      spans.push(found);
      i = found.last + 1;
    } else i += 1;
  }
  return spans;

  function readAt(i: number): YearSpan | undefined {
    const word = f(i);
    if (word === undefined) return undefined;
    const timed = readTimeWordsAt(words, claimed, i, today);
    if (timed) {
      const typed = words
        .slice(timed.first, timed.last + 1)
        .map((x, n) => (n === 0 ? '' : x.gap) + x.raw)
        .join('');
      return { ...span(timed.range, timed.first, timed.last), reading: { ...timed.reading, typed } };
    }
    const abroad = LEADS_ABROAD.get(word);
    if (abroad) {
      const at = LINKS_ABROAD.has(f(i + 1) ?? '') ? i + 2 : i + 1;
      const year = yearOf(w(at));
      if (year !== undefined) return fromYear(at, year, i, abroad);
    }
    // "this year", "last year", "past 3 years", "last decade"
    if (word === 'this' && YEAR_WORDS.has(f(i + 1) ?? ''))
      return span({ from: thisYear, to: thisYear }, i, i + 1);
    if (word === 'this' && f(i + 1) === 'decade')
      return span({ from: Math.floor(thisYear / 10) * 10 }, i, i + 1);
    if (PAST_WORDS.has(word)) {
      const count = smallNumberOf(w(i + 1));
      if (count !== undefined && count > 0 && count <= 50 && YEAR_WORDS.has(f(i + 2) ?? ''))
        return span({ from: thisYear - count }, i, i + 2);
      // "the last couple of years", "the past few years": two, three.
      const vague = f(i + 1) === 'couple' && f(i + 2) === 'of' ? 2 : VAGUE_COUNTS.get(f(i + 1) ?? '');
      const unit = f(i + 1) === 'couple' ? i + 3 : i + 2;
      if (vague !== undefined && YEAR_WORDS.has(f(unit) ?? ''))
        return span({ from: thisYear - vague }, i, unit);
      if (f(i + 1) === 'decade') return span({ from: thisYear - 10 }, i, i + 1);
      if (f(i + 1) === 'year' || f(i + 1) === 'yr')
        return word === 'last'
          ? span({ from: thisYear - 1, to: thisYear - 1 }, i, i + 1)
          : span({ from: thisYear - 1 }, i, i + 1);
    }
    // "since last year", "before last year", "since 2 years ago": a bound given relatively.
    // Read only after the words that take them: most words are neither.
    const relative = RELATIVE_LEADS.has(word) ? relativeYear(i + 1) : undefined;
    if (relative && (word === 'since' || word === 'starting'))
      return span({ from: relative.year }, i, relative.last);
    // "since two years" ("depuis deux ans", "seit zwei Jahren"): for the past two years.
    const past = word === 'since' ? smallNumberOf(w(i + 1)) : undefined;
    if (past !== undefined && past > 0 && past <= 50 && YEAR_WORDS.has(f(i + 2) ?? ''))
      return span({ from: thisYear - past }, i, i + 2);
    // "before covid", "since the pandemic", "post-covid": the pandemic began in 2020, and what
    // came after it is what came from then on.
    const event = EVENT_LEADS.has(word) ? pandemicAt(i + 1) : undefined;
    if (event && (FROM_WORDS.has(word) || word === 'after') && word !== 'from')
      return span({ from: PANDEMIC_YEAR }, i, event);
    if (event && TO_WORDS.has(word)) return span({ to: PANDEMIC_YEAR - 1 }, i, event);
    if (event && DURING_WORDS.has(word))
      return {
        ...span({ from: PANDEMIC_YEAR, to: PANDEMIC_LAST_YEAR }, i, event),
        event: words
          .slice(i + 1, event + 1)
          .map((x) => x.raw)
          .join(' '),
      };
    if (relative && (word === 'after' || word === 'post'))
      return span({ from: relative.year + 1 }, i, relative.last);
    if (relative && TO_WORDS.has(word)) return span({ to: relative.year - 1 }, i, relative.last);
    if (word === 'between') {
      const from = yearOf(w(i + 1));
      const joiner = f(i + 2);
      const to =
        from !== undefined && joiner && RANGE_JOINERS.has(joiner) ? rangeEnd(words, i + 3, from) : undefined;
      if (from !== undefined && to !== undefined) return span(ordered(from, to), i, i + 3);
      // "between 2019-2021": the range written with a dash.
      const dashed =
        from !== undefined && /^\s*[-–—/]\s*$/u.test(w(i + 2)?.gap ?? '')
          ? rangeEnd(words, i + 2, from)
          : undefined;
      if (from !== undefined && dashed !== undefined) return span(ordered(from, dashed), i, i + 2);
    }
    // "older than 5 years", "newer than 2 years", "less than 3 years old": an age, counted back from now.
    const aged = ageAt(i);
    if (aged) return aged;
    if (word === 'prior' && f(i + 1) === 'to' && yearOf(w(i + 2)) !== undefined)
      return span({ to: yearOf(w(i + 2))! - 1 }, i, i + 2);
    if ((word === 'earlier' || word === 'older') && f(i + 1) === 'than' && yearOf(w(i + 2)) !== undefined)
      return span({ to: yearOf(w(i + 2))! - 1 }, i, i + 2);
    if ((word === 'newer' || word === 'later') && f(i + 1) === 'than' && yearOf(w(i + 2)) !== undefined)
      return span({ from: yearOf(w(i + 2))! + 1 }, i, i + 2);
    if (word === 'more' && f(i + 1) === 'recent' && f(i + 2) === 'than' && yearOf(w(i + 3)) !== undefined)
      return span({ from: yearOf(w(i + 3))! + 1 }, i, i + 3);
    if (
      (word === 'up' || word === 'as') &&
      (f(i + 1) === 'to' || f(i + 1) === 'of') &&
      yearOf(w(i + 2)) !== undefined
    )
      return span({ to: yearOf(w(i + 2))! }, i, i + 2);
    if (word === 'the' && DECADE.test(f(i + 1) ?? '')) return decade(i + 1, i);
    if (DECADE.test(word)) return decade(i, i);
    const year = yearOf(w(i));
    if (year !== undefined) return fromYear(i, year, i);
    const next = yearOf(w(i + 1));
    if (next === undefined) return undefined;
    if (FROM_WORDS.has(word) || TO_WORDS.has(word) || AT_WORDS.has(word)) return fromYear(i + 1, next, i);
    return undefined;
  }

  /** "older than 5 years", "less than 3 years old", "over 10 years old": years counted back from now. */
  function ageAt(at: number): YearSpan | undefined {
    const word = f(at);
    const than = f(at + 1) === 'than' ? at + 2 : undefined;
    const count = than === undefined ? undefined : smallNumberOf(w(than));
    if (than === undefined || count === undefined || !YEAR_WORDS.has(f(than + 1) ?? '')) return undefined;
    const old = f(than + 2) === 'old' ? than + 2 : than + 1;
    if (word === 'older' || word === 'earlier' || ((word === 'more' || word === 'over') && old > than + 1))
      return span({ to: thisYear - count }, at, old);
    if (word === 'newer' || word === 'younger' || ((word === 'less' || word === 'fewer') && old > than + 1))
      return span({ from: thisYear - count }, at, old);
    return undefined;
  }

  /** "covid", "covid-19", "corona", "the pandemic" at `at`: its last word. */
  function pandemicAt(at: number): number | undefined {
    const word = f(at);
    if (word === 'the' && f(at + 1) === 'pandemic') return at + 1;
    if (word === 'pandemic' || word === 'corona' || word === 'coronavirus' || word === 'covid19') return at;
    if (word === 'covid') return f(at + 1) === '19' ? at + 1 : at;
    return undefined;
  }

  /** "last year" or "2 years ago" at `at`: the year it names and its last word. */
  function relativeYear(at: number): { year: number; last: number } | undefined {
    if ((f(at) === 'last' || f(at) === 'previous') && (f(at + 1) === 'year' || f(at + 1) === 'yr'))
      return { year: thisYear - 1, last: at + 1 };
    if (f(at) === 'this' && (f(at + 1) === 'year' || f(at + 1) === 'yr'))
      return { year: thisYear, last: at + 1 };
    const count = smallNumberOf(w(at));
    if (
      count !== undefined &&
      count > 0 &&
      count <= 50 &&
      YEAR_WORDS.has(f(at + 1) ?? '') &&
      f(at + 2) === 'ago'
    )
      return { year: thisYear - count, last: at + 2 };
    return undefined;
  }

  /** A year at `at`, with the word before it (`lead`) saying how it bounds the range. */
  function fromYear(
    at: number,
    year: number,
    start: number,
    lead = start < at ? f(start) : undefined,
  ): YearSpan | undefined {
    // "2018-2020", "2018 to 2020", "from 2018 until 2020"
    const joiner = f(at + 1);
    // "2021/22", "2021/2022": a school or budget year, both of its years.
    const dashed = /^\s*[-–—]\s*$|^\/$/u.test(words[at + 1]?.gap ?? '');
    const end =
      dashed && !claimed[at + 1]
        ? rangeEnd(words, at + 1, year)
        : joiner && RANGE_JOINERS.has(joiner) && joiner !== 'and'
          ? rangeEnd(words, at + 2, year)
          : undefined;
    if (end !== undefined && (lead === undefined || lead === 'from' || AT_WORDS.has(lead)))
      return span(ordered(year, end), start, dashed ? at + 1 : at + 2);
    // "2020 onwards", "2019 and later", "2015 or earlier"
    // "year>=2020", "< 2018", "2020+": a bound written as a sign, as in a query language.
    const sign = signed(words[at]!.gap, words[at + 1]?.gap ?? text.slice(words[at]!.end));
    if (sign) return span(sign(year), start, at);
    const after = f(at + 1);
    const afterNext = f(at + 2);
    if (after && ONWARDS.has(after) && after !== 'on') return span({ from: year }, start, at + 1);
    if ((after === 'and' || after === 'or') && afterNext && ONWARDS.has(afterNext) && afterNext !== 'on')
      return span({ from: year }, start, at + 2);
    if ((after === 'and' || after === 'or') && afterNext && EARLIER.has(afterNext))
      return span({ to: year }, start, at + 2);
    if (after === 'onwards' || (lead === 'from' && after === 'on'))
      return span({ from: year }, start, at + 1);
    switch (lead) {
      case 'since':
      case 'starting':
        return span({ from: year }, start, at);
      case 'after':
      case 'post':
        return span({ from: year + 1 }, start, at);
      case 'before':
      case 'pre':
        return span({ to: year - 1 }, start, at);
      case 'until':
      case 'till':
      case 'til':
      case 'through':
      case 'thru':
        return span({ to: year }, start, at);
      default:
        // A bare year far ahead is a name ("Agenda 2030"), not a filter.
        if (lead === undefined && year > thisYear + 1) return undefined;
        return span({ from: year, to: year }, start, at);
    }
  }

  function decade(at: number, start: number): YearSpan | undefined {
    const digits = DECADE.exec(f(at) ?? '')?.[1];
    if (digits === undefined) return undefined;
    const base = digits.length === 2 ? (Number(digits) >= 50 ? 1900 : 2000) + Number(digits) : Number(digits);
    return span({ from: base, to: base + 9 }, start, at);
  }
}

/** The range a comparison sign before a year (`gap`) or a plus right after it (`next`) makes. */
function signed(gap: string, next: string): ((year: number) => YearRange) | undefined {
  const before = /(>=|=>|≥|<=|=<|≤|>|<)\s*$/u.exec(gap)?.[1];
  if (before === undefined) return /^\+(?![\d])/u.test(next) ? (year) => ({ from: year }) : undefined;
  if (before === '>') return (year) => ({ from: year + 1 });
  if (before === '<') return (year) => ({ to: year - 1 });
  return /[>≥]/u.test(before) ? (year) => ({ from: year }) : (year) => ({ to: year });
}

function ordered(a: number, b: number): YearRange {
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

function span(range: YearRange, first: number, last: number): YearSpan {
  return { range, first, last };
}

/** The smallest range holding both (a message naming 2019 and 2021 asks for both). */
export function joinRanges(a: YearRange | undefined, b: YearRange): YearRange {
  if (!a) return b;
  const from = a.from === undefined || b.from === undefined ? undefined : Math.min(a.from, b.from);
  const to = a.to === undefined || b.to === undefined ? undefined : Math.max(a.to, b.to);
  const range: YearRange = {};
  if (from !== undefined) range.from = from;
  if (to !== undefined) range.to = to;
  return range;
}
