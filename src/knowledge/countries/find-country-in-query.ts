import { findTopic } from '../taxonomy.js';
import { isCommonWord } from './common-words.js';
import { getCountry } from './get-country.js';
import { type Mention, scanMentions } from './scan-mentions.js';
import { isAllCaps, type Token, tokenize } from './tokenize.js';

/** A country named in a user's query, and where. */
export interface QueryCountry {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** The span of the name in the query (`end` exclusive), so the caller can cut it out. */
  start: number;
  end: number;
  /** `text.slice(start, end)`. */
  matched: string;
  /** A code written in lower case ("kr ai"): a guess from the message's shape, worth saying. */
  guessed?: true;
}

// ISO codes are everyday acronyms ("AI projects", "IT departments"), so one counts right after
// one of these and at the end of the query or a clause ("AI projects in KR"), or elsewhere only
// when nothing else it could be fits: written in capitals in a message that is not all capitals,
// no English word ("IT", "US", "AT", "IN", "NO", "ME") and no acronym of public work ("KR cases"),
// or beside such a code in a list ("BE and NL", "CL and PE").
const CODE_PREPOSITIONS = new Set(['in', 'from', 'for']);
const LIST_WORDS = new Set(['and', 'or', '&', 'and /', ', and', ', or']);
/** Keys a code is the value of: "country=BE", "country: kr". */
const COUNTRY_KEYS = new Set(['country', 'countries', 'cc', 'iso', 'nation', 'location', 'place']);

/**
 * Two-letter codes that are, in capitals, more often an acronym of public-sector work than the
 * country: artificial intelligence, human resources, public relations, quality assurance, machine
 * learning, mental health, the European Commission, a CV, a prime minister, a GP… After "in" they are countries.
 */
const ACRONYMS = new Set([
  'AI',
  'AR',
  'BA',
  'BS',
  'CC',
  'CD',
  'CI',
  'CO',
  'CV',
  'DM',
  'EC',
  'GE',
  'GP',
  'HR',
  'IE',
  'IO',
  'MD',
  'MH',
  'ML',
  'MP',
  'NA',
  'NE',
  'PA',
  'PE',
  'PH',
  'PM',
  'PR',
  'PS',
  'QA',
  'SA',
  'SC',
  'SE',
  'ST',
  'TM',
  'TV',
  'VA',
]);

/** A country's code in capitals that is no English word and no acronym ("KR", "NZ"). */
function plainCode(token: Token): boolean {
  return isCode(token) && !ACRONYMS.has(token.raw) && !isCommonWord(token.folded);
}

function isCode(token: Token): boolean {
  return /^[A-Z]{2}$/.test(token.raw) && getCountry(token.raw) !== undefined;
}

/**
 * Whether `tokens[index]` is a code standing alone. `whole` is the message before names already
 * read were blanked out of `text` (same positions): a code's neighbours are looked for there.
 */
function bareCode(text: string, tokens: readonly Token[], index: number, whole: string): boolean {
  const token = tokens[index]!;
  if (!isCode(token)) return false;
  // In a message typed all in capitals a capital word says nothing.
  if (tokens.length > 1 && !/\p{Ll}/u.test(text)) return false;
  if (plainCode(token)) return true;
  // A code that is also a word or an acronym is a code in a list of codes ("BE and NL", "CL, PE"),
  // unless it names a topic: "AI and KR" is about AI.
  if (findTopic(token.raw) !== undefined) return false;
  const all = whole === text ? tokens : tokenize(whole);
  const at = all.findIndex((t) => t.start === token.start);
  const listed = (other: number, between: number) => {
    const next = all[other];
    if (!next || !plainCode(next)) return false;
    const [from, to] = other < at ? [next.end, all[at]!.start] : [all[at]!.end, next.start];
    const gap = whole.slice(from, to).trim().toLowerCase();
    return between === 1 ? gap === ',' || gap === '/' : LIST_WORDS.has(gap);
  };
  return at >= 0 && [-1, 1, -2, 2].some((step) => listed(at + step, Math.abs(step)));
}

/**
 * Codes in lower case that are chat, units or a word abroad rather than the country: "np" (no
 * problem), "gm" (good morning), "eg", "hm", "mm", "cm", "kg", "tc" (take care), "cu" (see you),
 * "et al", "pt" (part), "mo" (month).
 */
const CHAT_CODES = new Set([
  'al',
  'bb',
  'cm',
  'cu',
  'eg',
  'et',
  'gg',
  'gl',
  'gm',
  'gn',
  'hm',
  'kg',
  'km',
  'lb',
  'mg',
  'mm',
  'mo',
  'np',
  'pt',
  'tc',
  'tl',
  'yt',
]);

/**
 * Codes in lower case that are everyday words of Spanish, French, Portuguese or German, which
 * people bring into their English: "ejemplos de salud", "exemplos do governo", "es muy", "la
 * santé". Beside a word of that language they are that word; beside English ("any de examples")
 * they stay a code.
 */
const FOREIGN_WORDS = new Set(['de', 'do', 'es', 'la', 'na', 'am', 'ao', 'um', 'se', 'si']);

/** A word of another language: letters, no English word, no country's name. */
function foreign(token: Token): boolean {
  return (
    /^\p{L}{3,}$/u.test(token.raw) &&
    !isCommonWord(token.folded) &&
    scanMentions(token.raw, [token], 'query').length === 0
  );
}

/** What people ask for, beside which a code is a place: "any de examples", "fr projects". */
const CASE_WORDS = new Set([
  'case',
  'cases',
  'example',
  'examples',
  'project',
  'projects',
  'initiatives',
  'ones',
]);

/** A message this short is terse, as people type in chat ("kr ai", "cases fr health", "jp"). */
const TERSE_WORDS = 5;

/**
 * Whether `tokens[index]` is a code typed in lower case ("kr ai", "cases fr health", "jp"): no
 * English word ("it", "in", "no", "be", "at", "is", "my"), acronym, chat word or topic, in a
 * terse message or beside a topic, another code or "in"/"from" ("open data in cl").
 */
function lowerCode(tokens: readonly Token[], index: number, whole: string): boolean {
  const token = tokens[index]!;
  if (!/^\p{Ll}{2}$/u.test(token.raw) || getCountry(token.raw) === undefined) return false;
  // Part of a longer word: "gwanak-gu", "e-gov", "i.e.".
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  if (before && before.end === token.start - 1 && /[-'’.]/u.test(whole.charAt(token.start - 1))) return false;
  if (after && after.start === token.end + 1 && /[-'’.]/u.test(whole.charAt(token.end))) return false;
  const { folded } = token;
  if (isCommonWord(folded) || ACRONYMS.has(token.raw.toUpperCase()) || CHAT_CODES.has(folded)) return false;
  if (findTopic(token.raw) !== undefined) return false;
  const all = whole === '' ? tokens : tokenize(whole);
  const at = all.findIndex((t) => t.start === token.start);
  if (FOREIGN_WORDS.has(folded) && [all[at - 1], all[at + 1]].some((t) => t !== undefined && foreign(t)))
    return false;
  if (all.length <= TERSE_WORDS) return true;
  const beside = [all[at - 1], all[at + 1]].filter((t): t is Token => t !== undefined);
  return beside.some(
    (t) =>
      CODE_PREPOSITIONS.has(t.folded) ||
      CASE_WORDS.has(t.folded) ||
      findTopic(t.raw) !== undefined ||
      plainCode({ ...t, raw: t.raw.toUpperCase() }),
  );
}

function codeMentions(text: string, tokens: readonly Token[], whole: string): Mention[] {
  const mentions: Mention[] = [];
  tokens.forEach((token, index) => {
    const before = tokens[index - 1];
    const after = tokens[index + 1];
    // "country=BE", "country: be", as a query language writes a filter: the value is a code, if
    // the clause ends there or another filter follows ("country=BE year>=2020").
    const keyed =
      before !== undefined &&
      COUNTRY_KEYS.has(before.folded) &&
      /^\s*[:=]\s*$/u.test(text.slice(before.end, token.start)) &&
      (!after ||
        /[,.;!?()&]/u.test(text.slice(token.end, after.start)) ||
        /^\s*[:=<>≥≤]/u.test(text.slice(after.end)));
    const lower = lowerCode(tokens, index, whole) && !keyed;
    const capitals = /^[A-Z]{2,3}$/.test(token.raw);
    // Only a code in capitals or one read in lower case is a mention: most words are neither.
    if (!lower && !capitals && !keyed) return;
    const endsClause = !after || /[,.;:!?()]/.test(text.slice(token.end, after.start));
    // "projects in AI", "most active in AI": in a field, not in Anguilla; "from AI" is still a place.
    const field = before?.folded === 'in' && findTopic(token.raw) !== undefined;
    const afterPreposition =
      before !== undefined &&
      CODE_PREPOSITIONS.has(before.folded) &&
      isAllCaps(token.raw) &&
      endsClause &&
      !field;
    if (!lower && !keyed && !afterPreposition && !bareCode(text, tokens, index, whole)) return;
    const code = getCountry(token.raw)?.code;
    if (code)
      mentions.push({
        kind: 'abbreviation',
        code,
        first: index,
        last: index,
        key: token.folded,
        needsContext: lower,
      });
  });
  return mentions;
}

/**
 * Finds a country named inside a user's query: "AI projects in Korea", "cases from the UK on
 * health", "what has Uruguay done?", "initiatives in New South Wales" (a region or city counts for
 * its country). Any case; a bare "Chad", "Jordan" or "Georgia" counts, since the user is asking
 * about countries ("georgia" is GE). The longest name wins, then the first. Undefined when none.
 * `whole` is the message `text` was made from by blanking names already read, if it was.
 */
export function findCountryInQuery(text: string, whole = text): QueryCountry | undefined {
  return findCountriesInQuery(text, whole, 1)[0];
}

interface Span {
  mention: Mention;
  start: number;
  end: number;
  words: number;
}

/** The mentions of `text` as spans of it, and whether any is a code (read from its neighbours). */
function mentionSpans(text: string, whole: string): { spans: Span[]; codes: boolean } {
  const tokens = tokenize(text);
  const codes = codeMentions(text, tokens, whole);
  const spans: Span[] = [];
  for (const mention of [...scanMentions(text, tokens, 'query'), ...codes]) {
    if (!mention.code) continue;
    const start = tokens[mention.first]!.start;
    let end = tokens[mention.last]!.end;
    // "the U.S." ends with its dot.
    if (mention.kind === 'abbreviation' && text[end] === '.' && text[end - 2] === '.') end += 1;
    spans.push({ mention, start, end, words: mention.last - mention.first });
  }
  return { spans, codes: codes.length > 0 || tokens.some((t) => /^[A-Z]{2,3}$/.test(t.raw)) };
}

/**
 * Every country named in a query, as `findCountryInQuery` finds them one after another (the
 * longest name, then the first, then the same over the text with it blanked), at most `max`.
 * The text is read once, unless it has codes: a code is read from its neighbours, which a name
 * blanked beside it changes ("in the United States & ME"), so the text is read again then.
 */
export function findCountriesInQuery(
  text: string,
  whole = text,
  max = Number.POSITIVE_INFINITY,
): QueryCountry[] {
  const found: QueryCountry[] = [];
  let masked = text;
  let { spans, codes } = mentionSpans(masked, whole);
  while (found.length < max) {
    let best: Span | undefined;
    for (const span of spans) {
      const better =
        !best ||
        span.words > best.words ||
        (span.words === best.words && span.end - span.start > best.end - best.start);
      if (better) best = span;
    }
    if (!best?.mention.code) break;
    const { start, end } = best;
    const country = { code: best.mention.code, start, end, matched: masked.slice(start, end) };
    found.push(
      best.mention.kind === 'abbreviation' && best.mention.needsContext
        ? { ...country, guessed: true }
        : country,
    );
    masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
    if (codes) ({ spans, codes } = mentionSpans(masked, whole));
    // Without codes, the mentions overlapping the name are gone, as if read again with it blanked.
    else spans = spans.filter((span) => !(span.start < end && start < span.end));
  }
  return found;
}
