import { createSeededRandom, type SeededRandom } from './seeded-random.js';
import { ADJECTIVES, GROUPS, SERVICES, TAGS, TECHNOLOGIES, THINGS } from './synthetic-words.js';

/** Messages that once blocked the event loop or could do work out of proportion to their length. */
export const HOSTILE_KINDS = [
  'word-100',
  'word-150',
  'word-200',
  'word-250',
  'word-500',
  'random-letters',
  'unknown-50',
  'common-50',
  'repeated',
] as const;
export type HostileKind = (typeof HOSTILE_KINDS)[number];

/** Issue 8's figures for the fuzzy expansion before it was bounded, for the report beside the new ones. */
export const ISSUE_8_BEFORE: Partial<Record<HostileKind, string>> = {
  'word-150': '4 s, 1.15 GB',
  'word-200': '13 s, 2.6 GB',
  'word-250': 'heap out of memory (exit 134)',
};

export const HOSTILE_DESCRIPTIONS: Record<HostileKind, string> = {
  'word-100': 'one unknown word of 100 letters',
  'word-150': 'one unknown word of 150 letters',
  'word-200': '200 letters (Discord’s longest option)',
  'word-250': '250 letters',
  'word-500': '500 letters (the message cap)',
  'random-letters': 'random letters and spaces, 480 characters',
  'unknown-50': '50 unknown words of 8 letters',
  'common-50': '50 distinct common words',
  repeated: 'one misspelt word 50 times',
};

/** How many different messages of each kind: p50 and p99 are over all of them. */
const VARIANTS = 5;
const HOSTILE_SEED = 11;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function randomWord(r: SeededRandom, length: number): string {
  return Array.from({ length }, () => LETTERS[r.int(0, LETTERS.length - 1)]).join('');
}

function commonWords(r: SeededRandom, count: number): string {
  const pool = [
    ...new Set(
      [SERVICES, GROUPS, TECHNOLOGIES, THINGS, ADJECTIVES, TAGS].flat().flatMap((p) => p.split(/\W+/)),
    ),
  ].filter((word) => word.length >= 3);
  const words = new Set<string>();
  while (words.size < Math.min(count, pool.length)) words.add(r.pick(pool));
  return [...words]
    .join(' ')
    .slice(0, 500)
    .replace(/\s\S*$/, '');
}

function textOf(kind: HostileKind, r: SeededRandom): string {
  switch (kind) {
    case 'word-100':
    case 'word-150':
    case 'word-200':
    case 'word-250':
    case 'word-500':
      return randomWord(r, Number(kind.slice('word-'.length)));
    case 'random-letters': {
      let text = '';
      while (text.length < 480) text += `${randomWord(r, r.int(1, 24))}${r.chance(0.8) ? ' ' : ''}`;
      return text.slice(0, 480).trim();
    }
    case 'unknown-50':
      return Array.from({ length: 50 }, () => randomWord(r, 8)).join(' ');
    case 'common-50':
      return commonWords(r, 50);
    case 'repeated': {
      const word = r.pick(SERVICES.flatMap((s) => s.split(' ')).filter((w) => w.length >= 6));
      const typo = `${word.slice(0, 2)}${word[3]}${word[2]}${word.slice(4)}`;
      return `${typo} `.repeat(50).trim();
    }
    default: {
      const unknown: never = kind;
      throw new Error(`unknown hostile kind ${String(unknown)}`);
    }
  }
}

/** The fixed hostile messages, {@link VARIANTS} of each kind, the same on every run. */
export function buildHostileQueries(): Record<HostileKind, string[]> {
  const r = createSeededRandom(HOSTILE_SEED);
  return Object.fromEntries(
    HOSTILE_KINDS.map((kind) => [kind, Array.from({ length: VARIANTS }, () => textOf(kind, r))]),
  ) as Record<HostileKind, string[]>;
}
