import type { Facet } from '../intents/intent.js';
import { smallNumberOf } from './number-words.js';
import type { Word } from './words.js';

/** A ranking of one facet asked for, and the words that asked it (none of them searched). */
export interface RankingSpan {
  facet: Facet;
  indices: number[];
}

/**
 * Words that rank the facet named after them: "the most active country", "top 3 countries", "the
 * biggest topic", "the busiest year", "leading countries", "the least covered topic". "most" and
 * "least" alone are no such word: "most countries" is a quantity, and "most active" ranks by
 * "active".
 */
const RANKS_BEFORE = new Set([
  'top',
  'leading',
  'active',
  'biggest',
  'largest',
  'busiest',
  'strongest',
  'best',
  'represented',
  'covered',
  'fewest',
]);

/** "the most active country", "least covered topic": the degree is the ranking's too. */
const MOST = new Set(['most', 'least']);
/** Words after a facet's name that say one of it leads: "countries leading on open data". */
const LEADS_AFTER = new Set(['leading', 'lead', 'leads', 'ahead', 'leader', 'leaders']);
/** Words between the facet's name and what says it leads: "countries that lead", "regions are ahead". */
const JOINS_LEAD = new Set(['that', 'which', 'are', 'is', 'currently']);
/** Words around "who" that a ranking of who leads may hold: "who's leading", "who is the leader". */
const WHO_FILLERS = new Set(['s', 'is', 'are', 'the', 'currently', 'really']);
/** "who does the most", "who has the most": "most" ranks once "who" asks it. */
const WHO_LEADS = new Set([...LEADS_AFTER, 'most', 'best', 'biggest']);
/** Words a "who" asking for a person or a case has: "who leads it", "who led this project". */
const POINTERS = new Set(['it', 'this', 'that', 'these', 'those', 'they', 'them', 'one']);

/**
 * A ranking of groups asked without "which": a ranking word before a facet's name ("most active
 * country in Asia", "top 3 countries for AI", "the biggest topic in Europe", "the busiest year"),
 * the facet's name before a word that says it leads ("countries leading on open data"), or "who"
 * before one ("who leads on open data?", "who's ahead on e-procurement": countries, as cases are
 * filed by country). Words claimed by a filter or a count may stand between ("top 3 countries",
 * "leading European countries"). "top level" is the national level, not a ranking of levels;
 * a facet's name before a colon labels a value ("topic: health").
 */
export function readRanking(
  words: readonly Word[],
  claimed: readonly boolean[],
  facetOf: (folded: string) => Facet | undefined,
): RankingSpan | undefined {
  for (let i = 0; i < words.length; i += 1) {
    const facet = facetOf(words[i]!.folded);
    if (facet === undefined || words[i + 1]?.gap.includes(':')) continue;
    let k = i - 1;
    const skipped = (at: number) => claimed[at] || smallNumberOf(words[at]) !== undefined;
    while (k >= 0 && i - k <= 3 && !RANKS_BEFORE.has(words[k]!.folded) && skipped(k)) k -= 1;
    const before = words[k]?.folded ?? '';
    const counted = k < i - 1;
    if (RANKS_BEFORE.has(before) && !(before === 'top' && facet === 'level' && !counted))
      return { facet, indices: MOST.has(words[k - 1]?.folded ?? '') ? [k - 1, k, i] : [k, i] };
    const after = JOINS_LEAD.has(words[i + 1]?.folded ?? '') ? i + 2 : i + 1;
    if (LEADS_AFTER.has(words[after]?.folded ?? '')) return { facet, indices: [i, after] };
  }
  return readWhoLeads(words);
}

/** "who leads on open data?", "who's ahead in Europe", "who does the most on AI": which country. */
function readWhoLeads(words: readonly Word[]): RankingSpan | undefined {
  const who = words.findIndex((w) => w.folded === 'who' || w.folded === 'whos');
  if (who < 0 || who > 2 || words.some((w) => POINTERS.has(w.folded))) return undefined;
  for (let k = who + 1; k < words.length && k <= who + 4; k += 1) {
    const word = words[k]!.folded;
    if (WHO_LEADS.has(word) && (LEADS_AFTER.has(word) || k > who + 1))
      return { facet: 'country', indices: [who, k] };
    if (!WHO_FILLERS.has(word) && !['does', 'do', 'has', 'have'].includes(word)) return undefined;
  }
  return undefined;
}
