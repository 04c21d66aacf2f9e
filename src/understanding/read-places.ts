import { NEEDS_CONTEXT } from '../knowledge/countries/country-supplements.js';
import { findCountriesInQuery, resolveCountry } from '../knowledge/countries/index.js';
import { isLanguageWorld, narrowRegion, regionTable } from '../knowledge/regions/build-regions.js';
import type { Word } from './words.js';

/** A place a message names: a country (`code`) or a region or group (`region`). */
export interface PlaceSpan {
  first: number;
  last: number;
  code?: string;
  region?: string;
  /** As written. */
  typed: string;
  /**
   * The name may mean something else: a city or region standing for its country ("Austin"), or
   * a country name that is also a word ("turkey", "chad").
   */
  uncertain: boolean;
}

/** At most this many places are read from one message; more is not a question people ask. */
const MAX_PLACES = 8;

function regionSpans(words: readonly Word[], claimed: readonly boolean[]): PlaceSpan[] {
  const { byName, longestByFirstWord } = regionTable();
  const spans: PlaceSpan[] = [];
  let i = 0;
  while (i < words.length) {
    const longest = claimed[i] ? 0 : (longestByFirstWord.get(words[i]!.folded) ?? 0);
    let matched = 0;
    // The longest run from here of unclaimed words joined as one name's are.
    let most = 0;
    while (
      most < Math.min(longest, words.length - i) &&
      !claimed[i + most] &&
      (most === 0 || NAME_GAP.test(words[i + most]!.gap))
    )
      most += 1;
    for (let n = most; n >= 1 && matched === 0; n -= 1) {
      const run = words.slice(i, i + n);
      const region = byName.get(run.map((w) => w.folded).join(' '));
      if (region) {
        const typed = run.map((w) => w.raw).join(' ');
        const elided = elidedRegion(words, claimed, i, run);
        if (elided && spans.at(-1)?.last !== elided.first) spans.push(elided);
        spans.push({ first: i, last: i + n - 1, region, typed, uncertain: false });
        matched = n;
      }
    }
    i += Math.max(matched, 1);
  }
  return narrowed(words, spans);
}

/**
 * A language's countries right before a region, or "in" it, are those of the region that speak
 * it: "francophone Africa", "Spanish-speaking Latin America", "French-speaking countries in Africa".
 */
function narrowed(words: readonly Word[], spans: PlaceSpan[]): PlaceSpan[] {
  const out: PlaceSpan[] = [];
  for (let k = 0; k < spans.length; k += 1) {
    const language = spans[k]!;
    const region = spans[k + 1];
    const between = region ? words.slice(language.last + 1, region.first) : [];
    const adjacent =
      region !== undefined &&
      (between.length === 0 || (between.length === 1 && WITHIN_WORDS.has(between[0]!.folded))) &&
      [...between, words[region.first]!].every((w) => /^[\s\-‐–]*$/u.test(w.gap));
    if (!adjacent || !language.region || !region.region) {
      out.push(language);
      continue;
    }
    if (!isLanguageWorld(language.region) || isLanguageWorld(region.region)) {
      out.push(language);
      continue;
    }
    const typed = words
      .slice(language.first, region.last + 1)
      .map((w, n) => (n === 0 ? w.raw : `${w.gap.trim() === '' ? ' ' : w.gap}${w.raw}`))
      .join('');
    out.push({
      first: language.first,
      last: region.last,
      region: narrowRegion(language.region, region.region),
      typed,
      uncertain: false,
    });
    k += 1;
  }
  return out;
}

// Words of one name follow each other with only spaces, hyphens or apostrophes between.
const NAME_GAP = /^[\s\-‐–'’]*$/u;

const WITHIN_WORDS = new Set(['in', 'of']);

const JOINERS = new Set(['or', 'and', 'und', 'y']);

/**
 * The region a word names by sharing the rest of the next region's name: "central" in "central or
 * eastern Europe" is Central Europe, "south" in "south and central America" South America.
 */
function elidedRegion(
  words: readonly Word[],
  claimed: readonly boolean[],
  at: number,
  run: readonly Word[],
): PlaceSpan | undefined {
  if (run.length < 2) return undefined;
  const joined = words[at - 1] && JOINERS.has(words[at - 1]!.folded);
  const first = joined ? at - 2 : at - 1;
  const word = words[first];
  // Without a joining word, only a slash or an ampersand joins: "central/eastern Europe".
  if (!word || claimed[first] || (!joined && !/^\s*[/&+]\s*$/u.test(words[at]!.gap))) return undefined;
  const rest = run.slice(1);
  const region = regionTable().byName.get([word.folded, ...rest.map((w) => w.folded)].join(' '));
  if (!region) return undefined;
  return {
    first,
    last: first,
    region,
    typed: [word.raw, ...rest.map((w) => w.raw)].join(' '),
    uncertain: false,
  };
}

/** Country mentions in the words not claimed (blanked), read in one pass. */
function countrySpans(text: string, words: readonly Word[], claimed: readonly boolean[]): PlaceSpan[] {
  // The claimed words blanked in one pass: a message may have many.
  let masked = '';
  let end = 0;
  words.forEach((w, i) => {
    if (!claimed[i]) return;
    masked += text.slice(end, w.start) + ' '.repeat(w.end - w.start);
    end = w.end;
  });
  masked += text.slice(end);
  const spans: PlaceSpan[] = [];
  // Twice the places kept: a demonym inside a region's name ("Portuguese-speaking") is found as a
  // country, then given up to the region, and must not have crowded out a country named before it.
  for (const found of findCountriesInQuery(masked, text, 2 * MAX_PLACES)) {
    const first = words.findIndex((w) => w.end > found.start);
    const last = words.findLastIndex((w) => w.start < found.end);
    if (first < 0 || last < first) continue;
    const key = words
      .slice(first, last + 1)
      .map((w) => w.folded)
      .join(' ');
    const named = resolveCountry(found.matched) === found.code;
    spans.push({
      first,
      last,
      code: found.code,
      typed: found.matched,
      uncertain:
        found.guessed === true ||
        !named ||
        (NEEDS_CONTEXT.has(key) && found.matched === found.matched.toLowerCase()),
    });
  }
  return spans;
}

function overlaps(a: PlaceSpan, b: PlaceSpan): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/**
 * Countries, regions and groups named in a message, in order: "Korea", "the UK", "Nordic
 * countries", "in the EU", "Latin American", "Seoul" (a city stands for its country). Where a
 * region and a country overlap the longer name wins ("Central African Republic").
 */
export function readPlaces(text: string, words: readonly Word[], claimed: readonly boolean[]): PlaceSpan[] {
  const regions = regionSpans(words, claimed);
  const countries = countrySpans(text, words, claimed);
  const size = (s: PlaceSpan) => s.last - s.first;
  const kept = [
    ...regions.filter((r) => !countries.some((c) => overlaps(r, c) && size(c) > size(r))),
    ...countries.filter((c) => !regions.some((r) => overlaps(r, c) && size(r) >= size(c))),
  ];
  return kept.sort((a, b) => a.first - b.first).slice(0, MAX_PLACES);
}

/** Titled heads that name the place itself ("the City of Ghent", "Ministry of Health of Chile"). */
const PLACE_HEADS = new Set([
  'city',
  'municipality',
  'ministry',
  'government',
  'republic',
  'province',
  'state',
  'region',
  'county',
  'department',
  'university',
  'kingdom',
  'people',
  'mayor',
  'council',
  'town',
]);

/**
 * Whether a place is a word of a title ("our Collections of Ghent project", "the Future of Lisbon
 * programme"): a capitalised word other than a place's own head before "of", and a case's noun
 * after. The name is of the case, not where cases must come from.
 */
export function inTitle(words: readonly Word[], place: PlaceSpan, caseNouns: ReadonlySet<string>): boolean {
  const of = words[place.first - 1];
  const head = words[place.first - 2];
  const after = words[place.last + 1];
  if (of?.folded !== 'of' || !head || !after || !caseNouns.has(after.folded)) return false;
  return /^\p{Lu}/u.test(head.raw) && !PLACE_HEADS.has(head.folded) && head.folded !== 'i';
}
