import { isStopWord } from '../search/tokenize.js';
import type { Word } from './words.js';

/** How a question about what the asker may do opens: "can I …", "is it possible to …". */
const MAY_OPENERS: readonly (readonly string[])[] = [
  ['can', 'i'],
  ['could', 'i'],
  ['can', 'we'],
  ['could', 'we'],
  ['may', 'i'],
  ['how', 'can', 'i'],
  ['how', 'could', 'i'],
  ['how', 'can', 'we'],
  ['am', 'i', 'able', 'to'],
  ['is', 'it', 'possible', 'to'],
  ['is', 'there', 'a', 'way', 'to'],
];
/** What one does with casebot's answers rather than asks it for. */
const USING_VERBS = new Set([
  'search',
  'filter',
  'sort',
  'narrow',
  'browse',
  'order',
  'group',
  'restrict',
  'limit',
  'page',
  'subscribe',
  'export',
]);
/** What a person may ask the list of: "what filters can I use?", "which commands are there?". */
const WAYS = new Set([
  'filters',
  'options',
  'commands',
  'features',
  'syntax',
  'operators',
  'settings',
  'keywords',
]);
/** Words a question about the ways may hold besides them and stop words. */
const ABOUT_WAYS = new Set([
  'what',
  'which',
  'use',
  'available',
  'support',
  'supported',
  'understand',
  'accept',
  'know',
  'type',
  'exist',
  'got',
  'list',
  'else',
]);

/**
 * Whether a message asks how to use casebot rather than for cases: "can I search by
 * organisation?", "can I filter by country?", "what filters can I use?". "can I see cases from
 * Chile?" asks for cases: only what is done to answers (filter, sort, search by …) counts, and
 * only with nothing after it but "by …" or the answers themselves.
 */
export function asksHowToUse(words: readonly Word[]): boolean {
  const f = words.map((w) => w.folded);
  const opener = MAY_OPENERS.find((o) => o.every((w, k) => f[k] === w));
  if (opener) {
    const verb = f[opener.length];
    if (verb === undefined || !USING_VERBS.has(verb)) return false;
    const rest = f
      .slice(opener.length + 1)
      .filter((w) => !['the', 'results', 'cases', 'them', 'it', 'answers'].includes(w));
    return (
      rest.length === 0 || rest[0] === 'by' || (verb === 'search' && rest[0] === 'for' && rest.length === 1)
    );
  }
  return f.some((w) => WAYS.has(w)) && f.every((w) => WAYS.has(w) || ABOUT_WAYS.has(w) || isStopWord(w));
}
