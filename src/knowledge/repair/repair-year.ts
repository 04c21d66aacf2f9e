import { dropped, type FieldRepair, kept, quote, repaired } from './field-repair.js';

/** Launch years outside this range are typos (a month, a two-digit year, a stray digit). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const MONTHS =
  'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december';

// Full dates name one year: "2021-03-15", "2021-03-15T10:00:00Z", "15/03/2021", "March 2021", "15 Mar. 2021".
const DATES = [
  /^(\d{4})-\d{1,2}(?:-\d{1,2})?(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?$/u,
  /^(\d{4})\.0+$/u,
  /^\d{1,2}[./-]\d{1,2}[./-](\d{4})$/u,
  new RegExp(String.raw`^(?:\d{1,2}\s+)?(?:${MONTHS})\.?,?[\s-]+(?:\d{1,2},?\s+)?(\d{4})$`, 'iu'),
];
// "c. 2018", "ca 2018", "around 2018", "2018?", "since 2018": one year, written as approximate.
const APPROXIMATE =
  /^(?:(?:c|ca|circa|approx|approximately|around|about|since|from|early|mid|late)\.?\s*|~\s*)(\d{4})\??$|^(\d{4})\s*\?$/iu;
// "2019-2021", "2019–21", "2019/20", "2019 to present": the case started in the first year.
const RANGE = /^(\d{4})\s*(?:-|–|—|\/|to|until)\s*(\d{4}|\d{2}|present|now|ongoing|today)$/iu;

function inRange(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

function outOfRange(text: string): FieldRepair<number> {
  return dropped(`year ${text} is not between ${MIN_YEAR} and ${MAX_YEAR}; dropped`);
}

/** The second year of a range, with a two-digit end read in the first year's century ("2019–21"). */
function rangeEnd(start: number, end: string): number | undefined {
  if (!/^\d+$/u.test(end)) return undefined;
  if (end.length === 4) return Number(end);
  const candidate = Math.floor(start / 100) * 100 + Number(end);
  return candidate >= start ? candidate : candidate + 100;
}

/**
 * A case's `year` (when it started): a whole number or a full date gives its year. Unambiguous
 * other forms are repaired: a range gives its first year ("2019-2021" → 2019), an approximate year
 * its year ("c. 2018" → 2018). Anything else is dropped: "2010s", "21", "2019 or 2020", 1492.
 */
export function repairYear(value: unknown): FieldRepair<number> {
  if (value instanceof Date) {
    const year = value.getUTCFullYear();
    return Number.isNaN(year)
      ? dropped('year is an invalid date; dropped')
      : inRange(year)
        ? kept(year)
        : outOfRange(String(year));
  }
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return dropped(`year ${value} is not a whole number; dropped`);
    return inRange(value) ? kept(value) : outOfRange(String(value));
  }
  if (typeof value !== 'string')
    return dropped(`year must be a number or text, found ${JSON.stringify(value)}`);
  const text = value.trim();
  if (/^\d+$/u.test(text)) return inRange(Number(text)) ? kept(Number(text)) : outOfRange(quote(text));
  for (const pattern of DATES) {
    const year = pattern.exec(text)?.[1];
    if (year !== undefined) return inRange(Number(year)) ? kept(Number(year)) : outOfRange(quote(text));
  }
  const approximate = APPROXIMATE.exec(text);
  const approximateYear = approximate?.[1] ?? approximate?.[2];
  if (approximateYear !== undefined && inRange(Number(approximateYear))) {
    return repaired(Number(approximateYear), `year ${quote(text)} is approximate; kept ${approximateYear}`);
  }
  const range = RANGE.exec(text);
  if (range?.[1] !== undefined && range[2] !== undefined) {
    const start = Number(range[1]);
    const end = rangeEnd(start, range[2]);
    if (inRange(start) && (end === undefined || end >= start)) {
      return repaired(start, `year ${quote(text)} is a range; kept its start, ${start}`);
    }
  }
  return dropped(`year ${quote(text)} is not one year; dropped`);
}
