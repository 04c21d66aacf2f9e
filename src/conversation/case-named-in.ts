import type { BotDeps } from '../intents/bot-deps.js';
import { findCaseByName } from '../intents/find-case.js';
import type { Case } from '../knowledge/case.js';
import { isCommonWord } from '../knowledge/countries/common-words.js';
import { findCountryInQuery } from '../knowledge/countries/index.js';
import { isStopWord } from '../search/tokenize.js';
import { nameTopic } from '../understanding/name-topic.js';
import { contentWords, namesOneCase, titleAcronyms } from './resolve-refs.js';

/** The longest run of words looked at as a name: titles people type are short. */
const MAX_NAME_WORDS = 6;
/**
 * A question that names a case among its words is short; past this many words none is looked
 * for, so a message made of title words cannot make an answer look up hundreds of runs.
 */
const MAX_QUESTION_WORDS = 24;
/** How many runs at most are looked up in the index for one question. */
const MAX_LOOKUPS = 32;

const titleWords = new WeakMap<BotDeps, ReadonlySet<string>>();

/** Every content word of every title, made once per collection (a bot's warm-up makes it). */
export function titleWordsOf(deps: BotDeps): ReadonlySet<string> {
  let words = titleWords.get(deps);
  if (words === undefined) {
    words = new Set(deps.cases.flatMap((c) => contentWords(c.title)));
    titleWords.set(deps, words);
  }
  return words;
}

/**
 * Whether `run` names `c` alone (`namesOneCase`); as one word, only its acronym or a word of its
 * title that is no English word, topic or country and that the next-best case's title lacks
 * ("Gwanak", "BIFIDEX"): "AI" is a topic, not AI Friends, and "online" a word.
 */
function namesAlone(run: readonly string[], c: Case, runnerUp: Case | undefined): boolean {
  const text = run.join(' ');
  const words = contentWords(text);
  if (words.length === 0 || !namesOneCase(text, c.title)) return false;
  if (words.length > 1) return true;
  const [word] = words as [string];
  if (nameTopic(word) !== undefined || findCountryInQuery(word) !== undefined) return false;
  if (titleAcronyms(c.title).has(word)) return true;
  if (isCommonWord(word)) return false;
  return runnerUp === undefined || !contentWords(runnerUp.title).includes(word);
}

/**
 * A case a question names among other words: "what impact did AI Friends have?", "how was the
 * cardiac telerehabilitation evaluated?", "lessons learned from BIFIDEX": the longest run of the
 * subject's words that names one case alone (see `namesAlone`).
 */
export function caseNamedIn(subject: string, deps: BotDeps): Case | undefined {
  const words = subject.split(/\s+/u).filter((w) => w !== '');
  if (words.length > MAX_QUESTION_WORDS) return undefined;
  // Only runs whose every word is in some title can name a case: most runs never reach the index.
  const inTitles = titleWordsOf(deps);
  const titled = words.map((w) => contentWords(w).every((k) => inTitles.has(k)));
  const tried = new Set<string>();
  for (let size = Math.min(MAX_NAME_WORDS, words.length); size >= 1; size -= 1) {
    for (let start = 0; start + size <= words.length; start += 1) {
      const run = words.slice(start, start + size);
      if (isStopWord(run[0]!.toLowerCase()) || isStopWord(run.at(-1)!.toLowerCase())) continue;
      if (!titled.slice(start, start + size).every(Boolean)) continue;
      // A run met before was no name then either; past the bound, the question names none.
      const key = run.join(' ').toLowerCase();
      if (tried.has(key)) continue;
      if (tried.size >= MAX_LOOKUPS) return undefined;
      tried.add(key);
      const named = findCaseByName(deps, run.join(' '));
      if (named?.byTitle && namesAlone(run, named.best, named.runnerUp)) return named.best;
    }
  }
  return undefined;
}
