import { createSeededRandom, type SeededRandom } from './seeded-random.js';
import {
  ADJECTIVES,
  COUNTRIES,
  GROUPS,
  initiativeName,
  RARE_WORDS,
  SERVICES,
  TAGS,
  TECHNOLOGIES,
  THINGS,
} from './synthetic-words.js';

export type BenchQueryKind = 'common' | 'rare' | 'country' | 'typo' | 'syntax';

export interface BenchQuery {
  kind: BenchQueryKind;
  text: string;
}

const QUERY_SEED = 7;
const COUNTS: Record<BenchQueryKind, number> = { common: 60, rare: 30, country: 30, typo: 50, syntax: 30 };

/** lunr's query syntax (field `:`, fuzz `~`, boost `^`, wildcard `*`, presence `+`/`-`, escape `\`) and quotes. */
const LUNR_SYNTAX = /[:~^*+\-"\\]/g;

/**
 * The text plain lunr's `index.search()` is given: syntax characters become spaces, since
 * lunr throws `QueryParseError` on raw text such as `title:` or `health~x`. Casebot gets the
 * raw text; only the plain-lunr side of the benchmark is helped this way.
 */
export function stripLunrSyntax(text: string): string {
  return text.replace(LUNR_SYNTAX, ' ').replace(/\s+/g, ' ').trim();
}

function words(r: SeededRandom): string {
  const lists = [SERVICES, GROUPS, TECHNOLOGIES, THINGS, ADJECTIVES, TAGS];
  const count = r.int(1, 3);
  return Array.from({ length: count }, () => r.pickSkewed(r.pick(lists))).join(' ');
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One slip of the keyboard: a letter dropped, doubled, swapped with its neighbour or mistyped. */
function typo(r: SeededRandom, word: string): string {
  const at = r.int(1, word.length - 2);
  switch (r.int(0, 3)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word[at] + word.slice(at);
    case 2:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    default:
      return word.slice(0, at) + r.pick([...LETTERS]) + word.slice(at + 1);
  }
}

function typoQuery(r: SeededRandom): string {
  const pool = [...SERVICES, ...TECHNOLOGIES, ...GROUPS, ...RARE_WORDS].flatMap((phrase) =>
    phrase.split(' '),
  );
  const long = pool.filter((word) => word.length >= 5 && /^[a-z]+$/.test(word));
  const word = r.pick(long);
  // Two slips only in long words, as people make them (and as casebot tolerates them).
  const misspelt = word.length >= 8 && r.chance(0.4) ? typo(r, typo(r, word)) : typo(r, word);
  return r.chance(0.5) ? misspelt : `${misspelt} ${r.pickSkewed(SERVICES)}`;
}

function syntaxQuery(r: SeededRandom): string {
  const a = r.pickSkewed(SERVICES).split(' ')[0] ?? 'health';
  const b = r.pickSkewed(GROUPS).split(' ')[0] ?? 'citizens';
  const forms = [
    `${a}~2`,
    `title:${a}`,
    `+${a} -${b}`,
    `"${a} ${b}"`,
    `${a}^10 ${b}`,
    `${a}* ${b}`,
    `${a}: ${b}`,
    `-${a}`,
    `${a} ~ ^ * + -`,
    `\\${a}\\`,
    `summary:${a} tags:${b}`,
    `${a}~x`,
  ];
  return r.pick(forms);
}

function queryOf(kind: BenchQueryKind, r: SeededRandom): string {
  switch (kind) {
    case 'common':
      return words(r);
    case 'rare':
      return r.chance(0.4) ? initiativeName(r.int(0, 49)) : r.pick(RARE_WORDS);
    case 'country':
      return `${r.pick([...TAGS, ...SERVICES].map((t) => t.split(' & ')[0] ?? t))} in ${r.pickSkewed(COUNTRIES)[0].replace(/^the /, '')}`;
    case 'typo':
      return typoQuery(r);
    case 'syntax':
      return syntaxQuery(r);
    default: {
      const unknown: never = kind;
      throw new Error(`unknown query kind ${String(unknown)}`);
    }
  }
}

/**
 * The fixed benchmark queries (about 200, the same on every run and at every size): common
 * words, rare words, a country filter, typos of one or two letters and lunr syntax.
 */
export function buildBenchQueries(): BenchQuery[] {
  const r = createSeededRandom(QUERY_SEED);
  const byKind = (Object.keys(COUNTS) as BenchQueryKind[]).map((kind) =>
    Array.from({ length: COUNTS[kind] }, (): BenchQuery => ({ kind, text: queryOf(kind, r) })),
  );
  // Interleaved, as a chat's traffic would be, rather than all of one kind in a row.
  const queries: BenchQuery[] = [];
  for (let i = 0; byKind.some((list) => i < list.length); i++) {
    for (const list of byKind) {
      const query = list[i];
      if (query) queries.push(query);
    }
  }
  return queries;
}
