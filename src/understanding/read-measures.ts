import type { CountRange } from '../intents/intent.js';

/** A figure asked of the cases that no case records, and the words that asked for it. */
export interface UnrecordedMeasure {
  /** What the figure is, as the answer names it: "budgets or costs", "durations". */
  what: string;
  /** As typed, trimmed: "a budget under 100k", "lasted more than 2 years". */
  phrase: string;
}

/** A number as people write one: 3, 50,000, 50 000, 1.5, 100k, $50k, €1m, 20%, a, one, a few. */
const NUMBER = String.raw`(?:(?:[$€£]\s?)?(?:\d{1,3}(?:[,.\s]\d{3})+|\d+(?:[.,]\d+)?)(?:\s?(?:k|m|mn|bn|million|billion|thousand|hundred|%|percent|per\s?cent)\b|\s?%)?)(?![\p{L}\p{N}])|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|a\s+couple\s+of|a\s+hundred|a\s+thousand|a\s+million)(?:\s+(?:million|thousand|hundred))?(?![\p{L}\p{N}])`;

/** Words comparing a figure: "more than", "over", "at least", "up to", ">=". */
const COMPARE = String.raw`(?:(?:more|greater|fewer|less|larger|bigger|smaller|longer|shorter|higher|lower)\s+than|over|above|under|below|at\s+least|at\s+most|up\s+to|upwards\s+of|in\s+excess\s+of|no\s+more\s+than|no\s+less\s+than|not\s+more\s+than|exceeding|min(?:imum)?|max(?:imum)?|>=?|<=?)`;

const DURATION = 'durations';

/** Units of a figure and what the answer calls it. Countries are not here: cases record theirs. */
const UNITS: readonly [RegExp, string][] = [
  [/^(?:euros?|eur|dollars?|usd|pounds?|gbp|budget)$/u, 'budgets or costs'],
  [/^(?:residents|inhabitants|population|pop)$/u, 'population sizes'],
  [/^(?:staff|employees|people\s+on\s+the\s+team|fte|ftes|civil\s+servants)$/u, 'team sizes'],
  [/^(?:years?|yrs?|months?|weeks?|days?|decades?)$/u, DURATION],
  [
    /^(?:people|persons|citizens|users|households|families|participants|beneficiaries|members|students|pupils|patients|visitors|downloads|sign-?ups|volunteers|customers|businesses|companies|smes|farmers|children|residents|subscribers|applicants|applications|transactions|requests|responses|submissions|schools|hospitals|clinics)$/u,
    'counts of people reached or served',
  ],
];

/** Nouns and verbs saying what a figure measures, before the comparison: "with a budget under". */
const LEADS: readonly [RegExp, string | undefined][] = [
  [
    /^(?:budgets?|budgeted|costs?|costing|costed|funding|funded|spend|spending|spent|investment|invested|worth|valued|price|priced)$/u,
    'budgets or costs',
  ],
  [/^(?:savings?|saved|saves?|reduction|reduced|cut|cuts)$/u, 'savings'],
  [/^(?:population|populations|sized?|inhabited)$/u, 'population sizes'],
  [
    /^(?:lasted|lasting|lasts?|ran|runs?|running|took|takes?|taking|operated|operating|existed|duration)$/u,
    DURATION,
  ],
  [
    /^(?:reach|reached|reaching|reaches|serving|serves?|served|covering|covers?|covered|benefit(?:t)?ing|helping|helped|impacting|involving|with|of|that|which|have|has|had|having|a|an|the|for|been|in|total|totalling|totaling)$/u,
    undefined,
  ],
];

/** The comparison, its number and what follows it, with what a case would have to record. */
const MEASURED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${COMPARE}\s*(?:${NUMBER})(?:\s*\+)?|(?:${NUMBER})\s*(?:\+|or\s+more|or\s+less|plus)(?![\p{L}\p{N}])|(?<for>for\s+(?:about\s+|around\s+|almost\s+|nearly\s+|roughly\s+)?(?:${NUMBER})))(?:\s+(?<unit>people\s+on\s+the\s+team|civil\s+servants|[\p{L}-]+))?`,
  'giu',
);

/** "multi-country", "multinational", "across several countries": cases with two countries or more. */
const MANY_COUNTRIES =
  /(?<![\p{L}\p{N}])(?:multi-?country|multi-?national|(?:involving|across|spanning|with|in)\s+(?:several|multiple|many)\s+countries)(?![\p{L}\p{N}])/giu;

/** What a collection holds, counted: "more than 3 cases", "at least 2 projects". */
const CASES = /^(?:cases?|initiatives?|projects?|examples?|innovations?)$/iu;
/** "only one case", "just 2 cases", "a single case": exactly that many. */
const EXACT_CASES =
  /(?<![\p{L}\p{N}])(?:(?:only|just|exactly)\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten)|a\s+single)\s+(?:cases?|initiatives?|projects?|examples?)(?![\p{L}\p{N}])/giu;

const WORD_NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/**
 * The bounds a comparison sets on a count, both included: "more than 2" is at least 3, "up to 4"
 * at most 4, "3+" at least 3; `undefined` when the number is no whole count.
 */
function countRange(phrase: string): CountRange | undefined {
  const folded = phrase.toLowerCase();
  const digits = /\d+/u.exec(folded)?.[0];
  const word = WORD_NUMBERS.findIndex((w) => new RegExp(`\\b${w}\\b`, 'u').test(folded));
  const n =
    digits !== undefined ? Number(digits) : word >= 0 ? word : /\b(?:a|an)\b/u.test(folded) ? 1 : undefined;
  if (n === undefined || !Number.isSafeInteger(n)) return undefined;
  if (/\b(?:more|greater|larger|higher)\s+than|\bover\b|\babove\b|\bexceeding\b|>(?!=)/u.test(folded))
    return { min: n + 1 };
  if (/\b(?:fewer|less|smaller|lower)\s+than|\bunder\b|\bbelow\b|<(?!=)/u.test(folded))
    return n === 0 ? undefined : { max: n - 1 };
  if (/\b(?:at\s+most|up\s+to|no\s+more\s+than|not\s+more\s+than|max(?:imum)?)\b|<=|or\s+less/u.test(folded))
    return { max: n };
  if (/\bto\s+\d/u.test(folded)) return undefined;
  return { min: n };
}

/** "multi-year programmes", "long-running pilots": how long cases ran, with no number. */
const SPAN_WORDS =
  /(?<![\p{L}\p{N}])(?:multi-?years?|multiyear|long-?running|long-?lasting)(?![\p{L}\p{N}])/giu;

function unitOf(word: string | undefined): string | undefined {
  if (word === undefined) return undefined;
  const folded = word.toLowerCase();
  return UNITS.find(([unit]) => unit.test(folded))?.[1];
}

/** The words before `at` that say what the figure measures, and the earliest of them. */
function leadBefore(text: string, at: number): { start: number; what?: string } {
  let start = at;
  let what: string | undefined;
  for (let taken = 0; taken < 5; taken += 1) {
    const before = /([\p{L}-]+)\s*$/u.exec(text.slice(0, start));
    if (!before?.[1]) break;
    const lead = LEADS.find(([word]) => word.test(before[1]!.toLowerCase()));
    if (!lead) break;
    what ??= lead[1];
    start = before.index;
  }
  return what === undefined ? { start } : { start, what };
}

/**
 * Figures asked of the cases that the collection does not record: a comparison or a duration with
 * a number and a unit of money, people, population or time ("with a budget under 100k", "towns with
 * fewer than 20k residents", "that lasted more than 2 years", "multi-year"). They are no search and
 * no year filter: the message without them, and what they asked. A number without a comparison
 * stays a search ("1 million trees", "100 resilient cities"), and so does one with a unit that
 * measures nothing ("50+ network"); "the last 2 years", "over the past 3 years" are years.
 */
export function readMeasures(text: string): {
  text: string;
  measures: UnrecordedMeasure[];
  countryCount?: CountRange;
  casesEach?: CountRange;
  /** "only one case": words left in place, which may also be read as how many cases to show. */
  casesEachKept?: number;
} {
  const measures: UnrecordedMeasure[] = [];
  let countryCount: CountRange | undefined;
  let casesEach: CountRange | undefined;
  let casesEachKept: number | undefined;
  // Positions are in UTF-16 units: blank on a copy of the same length.
  const units = text.split('');
  for (const match of text.matchAll(MEASURED)) {
    const whole = match[0];
    const offset = match.index;
    const unitWord = match.groups?.unit;
    // "under 18s", "over 65s", "more than 2 years ago", "over 60 years old": ages and times.
    if (/\d+s\b/u.test(whole) || /^\s*(?:ago|old|of\s+age)\b/iu.test(text.slice(offset + whole.length)))
      continue;
    const lead = leadBefore(text, offset);
    // "more than 3 countries", "at least 2 countries": what cases record, a filter.
    const counted = /^(?:countries|country|nations)$/iu.test(unitWord ?? '') ? countRange(whole) : undefined;
    if (counted) {
      countryCount = counted;
      // "more than 3 countries involved": the countries' part in it says no more.
      const part = /^\s+(?:involved|participating|taking\s+part|collaborating|working\s+together)\b/iu.exec(
        text.slice(offset + whole.length),
      );
      const end = offset + whole.length + (part?.[0].length ?? 0);
      for (let k = lead.start; k < end; k += 1) units[k] = ' ';
      continue;
    }
    // "countries with more than 3 cases": how many cases each line of a breakdown has, for the
    // reader of the breakdown to take; a list shows a page whatever the bound.
    if (CASES.test(unitWord ?? '')) {
      casesEach ??= countRange(whole);
      for (let k = offset; k < offset + whole.length; k += 1) units[k] = ' ';
      continue;
    }
    const unit = unitOf(unitWord);
    const money = /[$€£]|\d\s?(?:k|m|mn|bn|million|billion)\b/iu.test(whole);
    const share = /%|percent|per\s?cent/iu.test(whole) ? 'percentages' : undefined;
    const what = unit ?? lead.what ?? (money ? 'budgets or costs' : share);
    if (what === undefined) continue;
    // "ran for 3 years", never "cases for 3 years": a span only after what runs.
    if (match.groups?.for !== undefined && (lead.what !== DURATION || unit !== DURATION)) continue;
    // The word after the number is no unit ("under 50k, citizen engagement"): it stays.
    const kept = unit === undefined && unitWord !== undefined ? unitWord.length : 0;
    const end = offset + whole.length - kept;
    // Connecting words alone ("with", "the") are taken only with a figure that measures something.
    measures.push({
      what,
      phrase: text
        .slice(lead.start, end)
        .trim()
        .replace(/[\s,]+$/u, ''),
    });
    for (let k = lead.start; k < end; k += 1) units[k] = ' ';
  }
  for (const match of text.matchAll(MANY_COUNTRIES)) {
    countryCount ??= { min: 2 };
    for (let k = match.index; k < match.index + match[0].length; k += 1) units[k] = ' ';
  }
  for (const match of text.matchAll(SPAN_WORDS)) {
    measures.push({ what: DURATION, phrase: match[0] });
    for (let k = match.index; k < match.index + match[0].length; k += 1) units[k] = ' ';
  }
  for (const match of text.matchAll(EXACT_CASES)) {
    const n = match[1] === undefined ? 1 : countRange(match[1])?.min;
    if (n !== undefined) casesEach ??= { min: n, max: n };
    // "only 2 cases" may be how many to show, and stays; "exactly 2 cases" never is.
    if (/^exactly\b/iu.test(match[0]))
      for (let k = match.index; k < match.index + match[0].length; k += 1) units[k] = ' ';
    else casesEachKept ??= n;
  }
  return {
    text: units.join(''),
    measures,
    ...(countryCount ? { countryCount } : {}),
    ...(casesEach ? { casesEach } : {}),
    ...(casesEachKept === undefined ? {} : { casesEachKept }),
  };
}
