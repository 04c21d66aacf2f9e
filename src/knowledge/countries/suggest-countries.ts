import { countryData } from './country-data.js';
import { editDistance } from './edit-distance.js';
import { nameKey } from './tokenize.js';

/** Options for {@link suggestCountries}. */
export interface SuggestOptions {
  /** Only these alpha-2 codes (e.g. the countries that have cases). */
  candidates?: readonly string[];
  /** At most this many suggestions; 3 by default. */
  limit?: number;
}

// A suggestion may differ from a name by at most this share of its letters ("Narnia" is 3 edits
// from "Armenia": 43%, too far), and a single word of a longer name costs a little more than the
// whole name ("korea" in "north korea").
const MAX_DISTANCE_RATIO = 0.34;
const PART_PENALTY = 0.05;

function namesByCountry(): Map<string, string[]> {
  const byCode = new Map<string, string[]>();
  for (const [key, entry] of countryData.names) {
    // Names in other languages are read as typed, not guessed at: "Narnia" is not near "Danmark".
    if (!entry.code || entry.queryOnly) continue;
    const list = byCode.get(entry.code) ?? [];
    list.push(key);
    byCode.set(entry.code, list);
  }
  return byCode;
}

let names: Map<string, string[]> | undefined;

/**
 * The share of letters that differ, or Infinity when it is above `limit`. The comparison
 * stops as soon as the limit is out of reach (at once when the lengths alone differ by more),
 * so a long message costs a few steps per name, not its length times the name's.
 */
function ratio(typed: string, key: string, limit: number): number {
  const longer = Math.max(typed.length, key.length);
  const allowed = Math.ceil(limit * longer);
  const distance = editDistance(typed, key, allowed);
  return distance > allowed ? Number.POSITIVE_INFINITY : distance / longer;
}

function score(typed: string, key: string): number {
  const whole = ratio(typed, key, MAX_DISTANCE_RATIO);
  if (!key.includes(' ') || typed.includes(' ')) return whole;
  // Words of five letters or more: "korea" in "north korea", not "cong" in "cong hoa…".
  const parts = key.split(' ').filter((part) => part.length >= 5);
  if (!parts.length) return whole;
  const part = Math.min(...parts.map((p) => ratio(typed, p, MAX_DISTANCE_RATIO - PART_PENALTY)));
  return Math.min(whole, part + PART_PENALTY);
}

/**
 * Nearest countries for a misspelled or unknown name ("Koreaa" → KR, "Urugay" → UY), best first,
 * as alpha-2 codes; none when nothing is close ("Narnia"). Compares the typed text with every name,
 * spelling and demonym of each country, and with the words of longer names.
 */
export function suggestCountries(text: string, options: SuggestOptions = {}): string[] {
  const typed = nameKey(text).replace(/^the /, '');
  if (!typed) return [];
  names ??= namesByCountry();
  const allowed = options.candidates ? new Set(options.candidates.map((c) => c.toUpperCase())) : undefined;
  const ranked: { code: string; score: number }[] = [];
  for (const [code, keys] of names) {
    if (allowed && !allowed.has(code)) continue;
    const best = Math.min(...keys.map((key) => score(typed, key)));
    if (best <= MAX_DISTANCE_RATIO) ranked.push({ code, score: best });
  }
  ranked.sort((a, b) => a.score - b.score || a.code.localeCompare(b.code));
  return ranked.slice(0, options.limit ?? 3).map((r) => r.code);
}
