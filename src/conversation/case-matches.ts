import type { BotDeps } from '../intents/bot-deps.js';
import { describeYears, listWords } from '../intents/describe-request.js';
import type { Filters } from '../intents/intent.js';
import { caseFilter } from '../intents/select-cases.js';
import type { Case } from '../knowledge/case.js';
import { getCountry } from '../knowledge/countries/index.js';
import { getRegion } from '../knowledge/regions/build-regions.js';
import { isSearchWord, splitWords, stem } from '../search/tokenize.js';
import { shortenText } from '../shorten-text.js';

/** The fields of a case the search reads, as an answer names them. */
const FIELDS = ['title', 'summary', 'tags'] as const;
type Field = (typeof FIELDS)[number];

function fieldText(c: Case, field: Field): string {
  return field === 'tags' ? c.tags.join(' ; ') : c[field];
}

function stemsOf(text: string): Set<string> {
  return new Set(splitWords(text.toLowerCase()).map(stem));
}

/** The words of a question worth finding in a case, as typed ("open", "data"). */
export function searchWords(text: string): string[] {
  return [...new Set(splitWords(text.toLowerCase()).filter(isSearchWord))];
}

/** Each asked word a case has, with the fields that have it: “open” in title and tags. */
export function wordsMatched(c: Case, words: readonly string[]): { word: string; fields: Field[] }[] {
  const stems = FIELDS.map((f) => stemsOf(fieldText(c, f)));
  return words.flatMap((word) => {
    const s = stem(word);
    const fields = FIELDS.filter((_, i) => stems[i]!.has(s));
    return fields.length > 0 ? [{ word, fields }] : [];
  });
}

/** What a case has of the words, said for people: "“open” and “data” in its title and tags". */
export function describeMatches(c: Case, words: readonly string[]): string {
  const found = wordsMatched(c, words);
  if (words.length === 0) return '';
  if (found.length === 0)
    return `none of “${words.join(' ')}” as written in its title, summary or tags (the search also takes slips and related words)`;
  const byFields = new Map<string, string[]>();
  for (const { word, fields } of found) {
    const key = listWords(fields);
    byFields.set(key, [...(byFields.get(key) ?? []), `“${word}”`]);
  }
  const parts = [...byFields].map(([fields, ws]) => `${listWords(ws)} in its ${fields}`);
  const missing = words.filter((w) => !found.some((f) => f.word === w));
  if (missing.length > 0)
    parts.push(
      `not ${listWords(
        missing.map((w) => `“${w}”`),
        'or',
      )}`,
    );
  return parts.join('; ');
}

/** The sentence of a case's summary that has the first of the words: where it “says that”. */
export function passageWith(c: Case, words: readonly string[]): string | undefined {
  const wanted = new Set(words.map(stem));
  const sentence = c.summary.split(/(?<=[.!?])\s+/u).find((s) => [...stemsOf(s)].some((w) => wanted.has(w)));
  return sentence ? shortenText(sentence, 240) : undefined;
}

function countryNames(codes: Iterable<string>): string {
  return listWords([...codes].map((code) => getCountry(code)?.name ?? code));
}

/** A filter in words: "tagged Health", "from Europe", "since 2020", "at local level". */
function describeFilter(key: keyof Filters, filters: Filters): string {
  switch (key) {
    case 'topic':
      return `tagged ${filters.topic}`;
    case 'countries':
      return `from ${countryNames(filters.countries ?? [])}`;
    case 'region':
      return `from ${getRegion(filters.region ?? '')?.label ?? filters.region}`;
    case 'years':
      return filters.years ? describeYears(filters.years) : 'of those years';
    case 'level':
      return `at ${filters.level} level`;
    default:
      return 'as the question narrowed it';
  }
}

/** What a case is, for each filter: "from Belgium", "2019", "at local level", "tagged …". */
function caseSide(c: Case, key: keyof Filters, deps: BotDeps): string {
  switch (key) {
    case 'topic':
    case 'topics':
      return `tagged ${listWords(c.tags) || 'with no topic'}`;
    case 'countries':
    case 'region':
    case 'except':
      return `from ${countryNames(c.countries) || 'no country'}`;
    case 'years':
    case 'exceptYears':
      return c.year === undefined ? 'undated' : `from ${c.year}`;
    case 'level':
      return `at ${deps.levels.get(c.id) ?? 'no'} level`;
    default:
      return 'left out by it';
  }
}

/** The filters of a question a case does not meet, each said with what the case is instead. */
export function filtersFailed(c: Case, filters: Filters, deps: BotDeps): string[] {
  const keys = (Object.keys(filters) as (keyof Filters)[]).filter((k) => filters[k] !== undefined);
  return keys
    .filter((key) => !caseFilter(deps, { [key]: filters[key] } as Filters)(c))
    .map(
      (key) =>
        `the question asks for cases ${describeFilter(key, filters)}, and it is ${caseSide(c, key, deps)}`,
    );
}

/** The filters a case meets, in words: "tagged Health, from South Korea, 2021". */
export function filtersMet(c: Case, filters: Filters, deps: BotDeps): string[] {
  const met: string[] = [];
  if (filters.topic) met.push(`tagged ${filters.topic}`);
  if (filters.countries || filters.region) met.push(`from ${countryNames(c.countries)}`);
  if (filters.years && c.year !== undefined) met.push(`from ${c.year}`);
  if (filters.level) met.push(`at ${deps.levels.get(c.id) ?? filters.level} level`);
  return met;
}
