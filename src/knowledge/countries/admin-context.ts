import { ownValue } from '../../own-value.js';
import { countryData } from './country-data.js';
import { REGIONAL_ADJECTIVES } from './country-supplements.js';
import { type PlaceContextKind, placeInContext } from './place-in-context.js';
import type { Mention } from './scan-mentions.js';
import { isCapitalized, type Token } from './tokenize.js';

/**
 * Words that say the name next to them is a municipality, a region or a government, in the
 * languages public-sector texts are written in. Folded (lower case, no accents), one word each.
 */
const BEFORE: readonly (readonly [string, PlaceContextKind])[] = [
  ['city of', 'city'],
  ['town of', 'city'],
  ['village of', 'city'],
  ['borough of', 'city'],
  ['municipality of', 'city'],
  ['mayor of', 'city'],
  ['mayor s office of', 'city'],
  ['city council of', 'city'],
  ['city hall of', 'city'],
  ['ayuntamiento de', 'city'],
  ['municipio de', 'city'],
  ['municipalidad de', 'city'],
  ['alcaldia de', 'city'],
  ['intendencia de', 'city'],
  ['prefeitura de', 'city'],
  ['prefeitura municipal de', 'city'],
  ['camara municipal de', 'city'],
  ['ville de', 'city'],
  ['mairie de', 'city'],
  ['commune de', 'city'],
  ['metropole de', 'city'],
  ['comune di', 'city'],
  ['citta di', 'city'],
  ['stadt', 'city'],
  ['gemeente', 'city'],
  ['kommune', 'city'],
  ['region of', 'region'],
  ['province of', 'region'],
  ['county of', 'any'],
  ['canton of', 'region'],
  ['prefecture of', 'region'],
  ['governor of', 'region'],
  ['governor s office of', 'region'],
  ['provincia de', 'region'],
  ['provincia di', 'region'],
  ['regione', 'region'],
  ['region', 'region'],
  ['junta de', 'region'],
  ['generalitat de', 'region'],
  ['government of', 'any'],
  ['gobierno de', 'any'],
  ['governo de', 'any'],
  ['governo di', 'any'],
  ['gouvernement de', 'any'],
];

const AFTER: readonly (readonly [string, PlaceContextKind])[] = [
  ['city council', 'city'],
  ['city hall', 'city'],
  ['city government', 'city'],
  ['city municipality', 'city'],
  ['municipality', 'city'],
  ['municipal corporation', 'city'],
  ['municipal council', 'city'],
  ['municipal government', 'city'],
  ['metropolitan government', 'city'],
  ['metropolitan city', 'city'],
  ['metropolis', 'city'],
  ['town council', 'city'],
  ['town hall', 'city'],
  ['borough council', 'city'],
  ['region', 'region'],
  ['regional government', 'region'],
  ['regional council', 'region'],
  ['province', 'region'],
  ['provincial government', 'region'],
  ['county council', 'region'],
  ['county government', 'region'],
  ['prefecture', 'region'],
  ['prefectural government', 'region'],
  ['state government', 'region'],
  ['council', 'any'],
  ['government', 'any'],
];

// What may follow a regional adjective: "the Scottish Government", "the Walloon Region".
const GOVERNMENT_WORDS = new Set([
  'government',
  'regional',
  'parliament',
  'executive',
  'region',
  'ministry',
  'assembly',
  'administration',
  'state',
]);

// Small words inside a place name ("Rio de Janeiro", "Frankfurt am Main"), never at its ends.
const CONNECTORS = new Set([
  'de',
  'del',
  'da',
  'do',
  'dos',
  'das',
  'di',
  'la',
  'le',
  'les',
  'sur',
  'am',
  'an',
  'im',
  'upon',
]);
// Capitalised words that open a sentence or a noun phrase without being part of a name.
const NOT_NAME = new Set([
  'the',
  'a',
  'an',
  'in',
  'of',
  'for',
  'by',
  'and',
  'with',
  'from',
  'to',
  'at',
  'on',
  'its',
  'their',
]);
const MAX_NAME_WORDS = 5;
const JOINED = /^(?:[ \u00a0]|[-‐–'’]\s?)$/u;

function phrases(table: typeof BEFORE): Map<string, PlaceContextKind> {
  return new Map(table.map(([words, kind]) => [words, kind]));
}
const BEFORE_PHRASES = phrases(BEFORE);
const AFTER_PHRASES = phrases(AFTER);
const LONGEST = Math.max(...[...BEFORE, ...AFTER].map(([words]) => words.split(' ').length));

function joined(text: string, left: Token, right: Token): boolean {
  return JOINED.test(text.slice(left.end, right.start));
}

function isNameWord(token: Token): boolean {
  return isCapitalized(token.raw) && !NOT_NAME.has(token.folded);
}

/** The context phrase of up to LONGEST words that starts or ends at a token, if any. */
function phraseAt(
  tokens: readonly Token[],
  from: number,
  direction: 1 | -1,
  table: Map<string, PlaceContextKind>,
) {
  let found: { kind: PlaceContextKind; words: number } | undefined;
  for (let n = 1; n <= LONGEST; n++) {
    const first = direction === 1 ? from : from - n + 1;
    if (first < 0 || first + n > tokens.length) break;
    const key = tokens
      .slice(first, first + n)
      .map((t) => t.folded)
      .join(' ');
    const kind = table.get(key);
    if (kind !== undefined) found = { kind, words: n };
  }
  return found;
}

function resolve(key: string, kind: PlaceContextKind): { code: string; kind: Mention['kind'] } | undefined {
  const country = countryData.names.get(key);
  // "the Government of Georgia" is the country's; the state's is left to the "state of" rule.
  if (country?.code !== undefined) return kind === 'any' ? { code: country.code, kind: 'name' } : undefined;
  const code = placeInContext(key, kind);
  return code === undefined ? undefined : { code, kind: kind === 'region' ? 'region' : 'city' };
}

/** A name of 1 to MAX_NAME_WORDS words from `start` going in `direction`, longest that resolves. */
function nameFrom(
  text: string,
  tokens: readonly Token[],
  start: number,
  direction: 1 | -1,
  kind: PlaceContextKind,
): Mention | undefined {
  const span: number[] = [];
  for (let i = start; i >= 0 && i < tokens.length && span.length < MAX_NAME_WORDS; i += direction) {
    const token = tokens[i]!;
    const previous = span.at(-1);
    if (previous !== undefined) {
      const [left, right] = direction === 1 ? [tokens[previous]!, token] : [token, tokens[previous]!];
      if (!joined(text, left, right)) break;
    }
    if (!isNameWord(token) && !CONNECTORS.has(token.raw)) break;
    span.push(i);
  }
  for (let n = span.length; n >= 1; n--) {
    const indices = span.slice(0, n).sort((a, b) => a - b);
    const first = indices[0]!;
    const last = indices.at(-1)!;
    if (!isNameWord(tokens[first]!) || !isNameWord(tokens[last]!)) continue;
    const key = indices.map((i) => tokens[i]!.folded).join(' ');
    const hit = resolve(key, kind);
    if (hit) return { ...hit, first, last, key, needsContext: false };
  }
  return undefined;
}

/**
 * Places named with words that say what they are: "Barcelona City Council", "the Municipality of
 * Tartu", "Ville de Liège", "Stadt Mannheim", "Shanghai's government", "the Government of
 * Georgia". Such a name may be a town too small, or a city with too large a namesake, to count
 * on its own; the context says it is a municipality or region, and `placeInContext` decides
 * which one.
 */
export function findContextMentions(text: string, tokens: readonly Token[]): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const adjective = ownValue(REGIONAL_ADJECTIVES, tokens[i]!.folded);
    const next = tokens[i + 1];
    if (adjective && isCapitalized(tokens[i]!.raw) && next && GOVERNMENT_WORDS.has(next.folded)) {
      mentions.push({
        kind: 'region',
        code: adjective,
        first: i,
        last: i,
        key: tokens[i]!.folded,
        needsContext: false,
      });
    }
    const before = phraseAt(tokens, i, 1, BEFORE_PHRASES);
    if (before !== undefined) {
      const mention = nameFrom(text, tokens, i + before.words, 1, before.kind);
      if (mention) mentions.push(mention);
    }
    const after = phraseAt(tokens, i, 1, AFTER_PHRASES);
    if (after !== undefined && i > 0) {
      // "Shanghai's government": the possessive sits between the name and the phrase.
      const possessive = tokens[i - 1]!.folded === 's' && /['’]$/u.test(text.slice(0, tokens[i - 1]!.start));
      const end = possessive ? i - 2 : i - 1;
      const mention = end >= 0 ? nameFrom(text, tokens, end, -1, after.kind) : undefined;
      if (mention) mentions.push(mention);
      // "City Council" is one phrase: its "Council" does not make "Lincoln City" a name.
      i += after.words - 1;
    }
  }
  return mentions;
}
