import { defaultSort } from '../conversation/default-sort.js';
import { findCountryInQuery, getCountry } from '../knowledge/countries/index.js';
import { getRegion } from '../knowledge/regions/build-regions.js';
import { looksLikeId } from '../understanding/parse-message.js';
import { casesEachWords, countryCountWords, describeTopics } from './describe-request.js';
import type { Filters, Intent, PlaceSet, SmallTalk, Sort, YearRange } from './intent.js';
import { parseIntent } from './parse-intent.js';

const SMALL_TALK: Readonly<Record<SmallTalk, string>> = {
  greeting: 'hello',
  thanks: 'thanks',
  about: 'who are you',
  bye: 'bye',
  ack: 'ok',
  no: 'no',
  complaint: 'that is wrong',
  confused: 'what do you mean',
};

/** Countries' words, decided once each: reading a name back costs a parse, and menus name many. */
const countryWords = new Map<string, string>();

/** A country as a command names it: its name when that reads back as the same code, else its code. */
function countryWord(code: string): string {
  let word = countryWords.get(code);
  if (word === undefined) {
    const name = getCountry(code)?.name;
    const found = name === undefined ? undefined : findCountryInQuery(name);
    word = name && found?.code === code && found.matched === name ? name : code;
    // Codes come from the knowledge: bounded by the countries there are, not by what people type.
    if (getCountry(code) !== undefined) countryWords.set(code, word);
  }
  return word;
}

function yearWords(years: YearRange): string {
  const { from, to } = years;
  if (from !== undefined && to !== undefined) return from === to ? `in ${from}` : `from ${from} to ${to}`;
  if (from !== undefined) return `since ${from}`;
  return to !== undefined ? `until ${to}` : '';
}

/** Places' words: countries before the region, as a country named by its code ("SH") reads back only right after "in" or another country, never after a region's name. */
function placeWords(places: PlaceSet): string[] {
  return [
    ...(places.countries ?? []).map(countryWord),
    ...(places.region ? [getRegion(places.region)?.label ?? places.region] : []),
  ];
}

/** The filters' words in the order the parser reads them back (topic, level, years, places, places and topics left out), '' for none. */
function filterParts(
  filters: Filters,
): [
  topic: string,
  level: string,
  years: string,
  places: string,
  except: string,
  without: string,
  exceptYears: string,
  countryCount: string,
  besides: string,
] {
  const places = placeWords(filters);
  const except = filters.except ? placeWords(filters.except) : [];
  return [
    [
      filters.topic ? `topic ${filters.topic}` : '',
      filters.topics ? `about ${describeTopics(filters.topics)}` : '',
    ]
      .filter(Boolean)
      .join(' '),
    filters.level ? `at ${filters.level} level` : '',
    filters.years ? yearWords(filters.years) : '',
    // Places last, each closed by a comma: an ISO code counts only at the end of a clause.
    places.length > 0 ? `in ${places.join(', ')},` : '',
    except.length > 0 ? `not in ${except.join(', ')},` : '',
    (filters.without ?? []).map((w) => `not about ${w},`).join(' '),
    filters.exceptYears ? `not ${yearWords(filters.exceptYears)},` : '',
    filters.countryCount ? `${countryCountWords(filters.countryCount)},` : '',
    filters.besides ? `besides ${filters.besides.join(', ')},` : '',
  ];
}

/** Filters in the words the parser reads back: `topic Health level local since 2020 in Chile, Peru`. */
export function filterWords(filters: Filters): string {
  return filterParts(filters).filter(Boolean).join(' ');
}

/** The subject as typed, or quoted: quoted words are searched as written, never read as filters. */
function subjectWords(query: string, quoted: boolean): string {
  return query === '' ? '' : quoted ? `"${query}"` : query;
}

function sortWords(sort: Sort, query: string, filters: Filters): string {
  if (sort === defaultSort(query, filters)) return '';
  return sort === 'relevance' || sort === 'title' ? `by ${sort}` : `${sort} first`;
}

function join(...parts: string[]): string {
  return parts
    .filter((p) => p !== '')
    .join(' ')
    .replace(/,$/u, '');
}

type SearchIntent = Extract<Intent, { type: 'search' }>;

/** A search's words before its page: `search "<words>"|list`, its filters, its sort. */
function searchParts(intent: SearchIntent, quoted: boolean): string[] {
  const head = intent.query === '' ? 'list' : `search ${subjectWords(intent.query, quoted)}`;
  return [
    head,
    ...filterParts(intent.filters),
    sortWords(intent.sort, intent.query, intent.filters),
    intent.count ? `${intent.count} at a time` : '',
    intent.skip ? `from case ${intent.skip + 1}` : '',
  ];
}

/** Where each facet a menu narrows by stands in `searchParts`, and its words for one value. */
const NARROWED: Readonly<
  Record<'country' | 'topic' | 'year', { at: number; words: (key: string) => string }>
> = {
  topic: { at: 1, words: (key) => `topic ${key}` },
  year: { at: 3, words: (key) => `in ${Number(key)}` },
  country: { at: 4, words: (key) => `in ${countryWord(key)},` },
};

/**
 * The commands of one search narrowed to each value of a facet in turn, its subject quoted:
 * `narrowedCommands(ask(k0), facet)(k)` is `formatCommand(ask(k), 'quoted')` for every value
 * `k`, where `ask(k)` is the search (on its first page, of known places) with that facet's filter
 * set to `k` alone (`countries: [k]` without a region, `topic: k`, `years` from `k` to `k`) and the
 * same sort for every `k`. The words around the filter are made once: a menu's options differ in
 * that filter only, and an answer carries dozens of them.
 */
export function narrowedCommands(
  sample: SearchIntent,
  facet: 'country' | 'topic' | 'year',
): (key: string) => string {
  const { at, words } = NARROWED[facet];
  const parts = searchParts(sample, sample.query !== '');
  const before = parts
    .slice(0, at)
    .filter((p) => p !== '')
    .join(' ');
  const after = parts
    .slice(at + 1)
    .filter((p) => p !== '')
    .join(' ');
  const head = `${before} `;
  if (after === '')
    return (key) => {
      const command = head + words(key);
      return command.endsWith(',') ? command.slice(0, -1) : command;
    };
  const tail = ` ${after.endsWith(',') ? after.slice(0, -1) : after}`;
  return (key) => head + words(key) + tail;
}

/**
 * The message text that asks for this intent again: what buttons replay, what replies tell
 * people to type, and how the conversation remembers a question. Readable, and exact:
 * `parseIntent(formatCommand(intent))` gives `intent` back. The syntax:
 * `search <words> [topic <topic>] [level <level>] [since|until|in <year>|from <year> to <year>]
 * [in <country or region>, …] [not in <country or region>, …] [not about <topic or words>, …] [newest first|oldest first|by relevance|by title] [<n> at a time] [page <n>]`, with `list`
 * for a search without words; `random [<n>] …`, `count … [by country|topic|year|level] [top <n>]`,
 * `show <id>`, `similar <id>` (or `similar to "<text>"`) `[…filters] [page <n>]`,
 * `compare <id> and <id>`. With `subject: 'quoted'` a subject is quoted without reading the
 * command back (quoted words read as written): for many commands at once, as a menu's options.
 */
export function formatCommand(intent: Intent, subject: 'checked' | 'quoted' = 'checked'): string {
  const hasSubject = 'query' in intent && intent.query !== '';
  return commandWords(intent, hasSubject && (subject === 'quoted' || needsQuotes(intent)));
}

/** Intents checked lately, without their page: a page number reads the same on any. */
const checked = new Map<string, boolean>();
const CHECKED_MAX = 256;

/**
 * Whether the subject's words, unquoted, would read as something else ("2020", "health", "local
 * level"): then the subject is quoted, which the parser takes as written. Reading the command
 * back costs a parse, so the answer is remembered: one answer formats its own question, the next
 * and previous pages and the question to share, and the conversation asks it again.
 */
function needsQuotes(intent: Intent): boolean {
  const firstPage = 'page' in intent ? { ...intent, page: 1 } : intent;
  const key = JSON.stringify(firstPage);
  let quoted = checked.get(key);
  if (quoted === undefined) {
    quoted = !sameIntent(parseIntent(commandWords(firstPage, false)), firstPage);
    if (checked.size >= CHECKED_MAX) checked.delete(checked.keys().next().value ?? '');
    checked.set(key, quoted);
  }
  return quoted;
}

/** Plain data compared by value, whatever the order of keys. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    keysA.length === keysB.length &&
    keysA.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/**
 * `compare a and b`. A name typed for a case that would read back as something else ("per", a
 * word that asks for a breakdown) is written as "the per one", which reads as a name.
 */
function compareWords(intent: Extract<Intent, { type: 'compare' }>): string {
  const plain = `compare ${intent.ids.join(' and ')}`;
  if (intent.ids.every(looksLikeId) || sameIntent(parseIntent(plain), intent)) return plain;
  return `compare ${intent.ids.map((id) => (looksLikeId(id) ? id : `the ${id} one`)).join(' and ')}`;
}

function sameIntent(a: Intent, b: Intent): boolean {
  return sameValue(a, b);
}

function commandWords(intent: Intent, quoted: boolean): string {
  switch (intent.type) {
    case 'search': {
      if (intent.unknownPlace !== undefined)
        return join(`country ${intent.unknownPlace}`, intent.page > 1 ? `page ${intent.page}` : '');
      return join(...searchParts(intent, quoted), intent.page > 1 ? `page ${intent.page}` : '');
    }
    case 'random':
      return join(
        intent.count ? `random ${intent.count}` : 'random',
        subjectWords(intent.query, quoted),
        filterWords(intent.filters),
      );
    case 'count':
      return join(
        'count',
        intent.sides ? intent.sides.join(' vs ') : subjectWords(intent.query, quoted),
        filterWords(intent.filters),
        intent.by ? `by ${intent.by}` : '',
        intent.top ? `top ${intent.top}` : '',
        intent.having ? casesEachWords(intent.having) : '',
      );
    case 'show':
      return `show ${intent.id}`;
    case 'similar': {
      const head =
        intent.id !== undefined ? `similar ${intent.id}` : `similar to ${`"${intent.text ?? ''}"`}`;
      return join(head, filterWords(intent.filters), intent.page > 1 ? `page ${intent.page}` : '');
    }
    case 'compare':
      return compareWords(intent);
    case 'compare-places':
      return join(
        `compare ${intent.countries.map(countryWord).join(' and ')}`,
        subjectWords(intent.query, quoted),
        filterWords(intent.filters),
      );
    case 'help':
      return intent.topic ? `help ${intent.topic}` : 'help';
    case 'small-talk':
      return SMALL_TALK[intent.kind];
    case 'status':
      return 'status';
    case 'follow-up':
      return intent.asked;
    case 'digest':
      return intent.command.type === 'subscribe'
        ? `digest subscribe ${intent.command.args}`
        : `digest ${intent.command.type}${'id' in intent.command && intent.command.id ? ` ${intent.command.id}` : ''}`;
    default: {
      const unreachable: never = intent;
      return unreachable;
    }
  }
}
