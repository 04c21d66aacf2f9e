import type { BotDeps } from '../intents/bot-deps.js';
import type { Case } from '../knowledge/case.js';
import { editDistance } from '../knowledge/countries/edit-distance.js';
import { tokenize } from '../knowledge/countries/tokenize.js';
import { contentWords } from './resolve-refs.js';

/** Words that open a name the way "my" does, so one typed for another is the same name. */
const DETERMINERS = new Set(['my', 'our', 'your', 'their', 'his', 'her', 'the', 'a', 'an']);

/** A word typed for a title's word: the same, a slip of a letter (two in longer words), or another determiner. */
function standsFor(typed: string, word: string): boolean {
  if (typed === word) return true;
  if (DETERMINERS.has(typed) && DETERMINERS.has(word)) return true;
  if (/\d/u.test(typed) || /\d/u.test(word)) return false;
  const allowed = word.length >= 7 ? 2 : 1;
  return typed[0] === word[0] && editDistance(typed, word, allowed) <= allowed;
}

/**
 * Whether the words of a title, in order and with nothing between them, are in the `typed` words,
 * each as written or slipped (`standsFor`), at most a third of them slipped: "show mi france
 * 2022" types “My France 2022”; "cases from France in 2022" does not (“in” stands between).
 */
function typesTitle(typed: readonly string[], words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const slips = Math.floor(words.length / 3);
  for (let start = 0; start + words.length <= typed.length; start += 1) {
    let slipped = 0;
    let fits = true;
    for (let k = 0; k < words.length && fits; k += 1) {
      const word = words[k]!;
      const at = typed[start + k]!;
      if (at === word) continue;
      slipped += 1;
      fits = slipped <= slips && standsFor(at, word);
    }
    if (fits) return true;
  }
  return false;
}

/** Each case's title words, folded, read once per case. */
const titleWords = new WeakMap<Case, readonly string[]>();

function titleWordsOf(c: Case): readonly string[] {
  let words = titleWords.get(c);
  if (words === undefined) {
    words = tokenize(c.title).map((t) => t.folded);
    titleWords.set(c, words);
  }
  return words;
}

const byTitleWord = new WeakMap<BotDeps, ReadonlyMap<string, readonly Case[]>>();

/** The cases by each content word of their title, made once per collection (a bot's warm-up makes it). */
export function casesByTitleWord(deps: BotDeps): ReadonlyMap<string, readonly Case[]> {
  let table = byTitleWord.get(deps);
  if (table === undefined) {
    const built = new Map<string, Case[]>();
    for (const c of deps.cases)
      for (const word of new Set(contentWords(c.title))) {
        const list = built.get(word);
        if (list) list.push(c);
        else built.set(word, [c]);
      }
    table = built;
    byTitleWord.set(deps, table);
  }
  return table;
}

/** How many titles are tried at most: those sharing the message's two rarest title words. */
const MAX_TRIED = 64;

/**
 * A case whose whole title the message types, in order ("show my france 2022"), when filters
 * were read from the same words (France, 2022): the person named the case. Only then: "cases from
 * France in 2022" names no title and stays the filters. Only the titles holding one of the
 * message's two rarest title words are tried, so a long collection costs no more.
 */
export function titleTypedIn(text: string, deps: BotDeps): Case | undefined {
  const table = casesByTitleWord(deps);
  const lists = [...new Set(contentWords(text))]
    .map((w) => table.get(w))
    .filter((list): list is readonly Case[] => list !== undefined)
    .sort((a, b) => a.length - b.length)
    .slice(0, 2);
  const tried = new Set<Case>();
  let typed: string[] | undefined;
  for (const c of lists.flat()) {
    if (tried.has(c)) continue;
    if (tried.size >= MAX_TRIED) return undefined;
    tried.add(c);
    typed ??= tokenize(text).map((t) => t.folded);
    if (typesTitle(typed, titleWordsOf(c))) return c;
  }
  return undefined;
}
