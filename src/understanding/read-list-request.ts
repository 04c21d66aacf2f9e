import type { Word } from './words.js';

/** Verbs asking for cases to be gathered: "make a list of", "compile", "pull together". */
const GATHERING = new Set([
  'make',
  'compile',
  'prepare',
  'create',
  'draft',
  'build',
  'assemble',
  'gather',
  'collect',
  'put',
  'pull',
  'draw',
  'do',
  'give',
  'get',
  'send',
  'round',
]);
/** What gathered cases are: a list of them, which is what casebot answers with. */
const LISTS = new Set([
  'list',
  'lists',
  'shortlist',
  'longlist',
  'selection',
  'roundup',
  'rundown',
  'overview',
  'collection',
  'compilation',
  'inventory',
  'catalogue',
  'catalog',
  'table',
  'bunch',
]);
/** Words between the verb and the list: "make me a quick list", "put together a short list". */
const BETWEEN = new Set([
  'me',
  'us',
  'a',
  'an',
  'the',
  'my',
  'our',
  'quick',
  'short',
  'long',
  'together',
  'up',
  'small',
  'little',
  'brief',
  'nice',
  'into',
  'as',
  'in',
]);
/** Words that only say the list is of what follows. */
const OF = new Set(['of', 'with', 'on', 'about', 'for']);
/** Words asking for cases: a list of them is asked for, and a question with them is about cases. */
export const CASE_WORDS = new Set([
  'case',
  'cases',
  'examples',
  'projects',
  'initiatives',
  'programmes',
  'programs',
]);

/**
 * The words asking for a list of cases ("make a list of health cases", "put together a shortlist
 * of AI cases", "compile the mental health cases into a list"), never searched: a list of cases
 * is what casebot answers with, so the cases are what is asked. Undefined when no list is asked,
 * or when no cases are ("make a list of priorities" is no question about cases).
 */
export function readListRequest(words: readonly Word[], claimed: readonly boolean[]): number[] {
  const f = words.map((w, i) => (claimed[i] ? '' : w.folded));
  if (!f.some((w) => CASE_WORDS.has(w))) return [];
  const verb = f.findIndex((w) => GATHERING.has(w));
  if (verb < 0) return [];
  const taken = [verb];
  // "make a list of …", "make a shortlist of …": the list right after the verb.
  let k = verb + 1;
  const between: number[] = [];
  while (k < f.length && (f[k] === '' || BETWEEN.has(f[k]!))) between.push(k++);
  if (LISTS.has(f[k] ?? '')) {
    taken.push(...between, k);
    if (OF.has(f[k + 1] ?? '')) taken.push(k + 1);
    return taken.filter((i) => f[i] !== '');
  }
  // "compile the mental health cases into a list": the list at the end.
  const end = f.findIndex((w, i) => i > verb && LISTS.has(w));
  if (end < 0) return [];
  let from = end;
  while (from - 1 > verb && BETWEEN.has(f[from - 1]!)) from -= 1;
  for (let i = from; i <= end; i += 1) taken.push(i);
  return taken.filter((i) => f[i] !== '');
}
