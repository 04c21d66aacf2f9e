import type { Word } from './words.js';

/** Words that leave out what follows them: "but not", "except", "excluding", "but nothing about"… */
const OPENERS: readonly string[][] = [
  ['but', 'nothing', 'about'],
  ['but', 'nothing', 'on'],
  ['but', 'not', 'about'],
  ['but', 'not'],
  ['but', 'no'],
  ['but', 'without'],
  ['not', 'about'],
  ['anything', 'but'],
  ['everything', 'but'],
  ['except', 'for'],
  ['apart', 'from'],
  ['other', 'than'],
  ['except'],
  ['excluding'],
  ['exclude'],
  ['minus'],
];

/** What a clause left out cannot start with: it points at the last answer ("not that one"), or hedges. */
const NO_START = new Set([
  'that',
  'this',
  'it',
  'them',
  'those',
  'these',
  'one',
  'ones',
  'just',
  'sure',
  'yet',
  'really',
  'too',
  'so',
  'very',
  'much',
  'only',
  'now',
  'then',
  'any',
  'anything',
  'i',
  'you',
  'we',
  'first',
  'second',
  'third',
  'last',
  'next',
  'previous',
  'other',
]);
/** Words around what is left out that only say "cases": "not AI stuff", "except the AI ones". */
const FILLER = new Set([
  'the',
  'a',
  'an',
  'stuff',
  'things',
  'ones',
  'cases',
  'projects',
  'related',
  'anything',
  'about',
  'pls',
  'please',
  'plz',
  'thanks',
]);
/** Words left out are at most a few: more is a sentence, not a topic. */
const MAX_WORDS = 4;

/** Words a message leaves out, and where: the opener's first word to the last word left out. */
export interface LeftOutWords {
  first: number;
  last: number;
  text: string;
}

const ENDS_CLAUSE = /[,.;:!?()]/u;

/**
 * Topics or words a message leaves out ("health but not mental health", "digital services, not
 * AI", "education, but nothing about AI", "open data -blockchain"): after an opener, the
 * unclaimed words to the end of the clause. A bare "not" counts only opening the message or after
 * a comma, and before a topic (`isTopic`: "digital services, not AI") or a kind of case ("not the
 * mental health ones"), so "not that one", "ok, not bad" and "is it not in English" stay what
 * they are.
 */
export function readLeftOutWords(
  words: readonly Word[],
  claimed: readonly boolean[],
  isTopic: (text: string) => boolean,
): LeftOutWords[] {
  const found: LeftOutWords[] = [];
  let i = 0;
  while (i < words.length) {
    const size = openerAt(words, claimed, i);
    if (size === 0) {
      i += 1;
      continue;
    }
    let start = i + size;
    while (start < words.length && FILLER.has(words[start]!.folded) && !claimed[start]) start += 1;
    let end = start;
    while (
      end < words.length &&
      end - start < MAX_WORDS &&
      !claimed[end] &&
      (end === start || !ENDS_CLAUSE.test(words[end]!.gap)) &&
      openerAt(words, claimed, end) === 0
    )
      end += 1;
    let last = end - 1;
    while (last >= start && FILLER.has(words[last]!.folded)) last -= 1;
    const clauseGoesOn = end < words.length && !claimed[end] && !ENDS_CLAUSE.test(words[end]!.gap);
    const text = words
      .slice(start, last + 1)
      .map((w, k) => (k === 0 ? w.raw : `${words[start + k]!.gap.includes('&') ? ' & ' : ' '}${w.raw}`))
      .join('');
    // A bare "not" leaves out a topic, or what is said to be a kind of case ("not the mental
    // health ones"): "ok, not bad", "thanks, not needed" are replies.
    const bare = size === 1 && words[i]!.folded === 'not';
    const wrapped = start > i + size || last < end - 1;
    if (
      last < start ||
      NO_START.has(words[start]!.folded) ||
      clauseGoesOn ||
      (bare && !isTopic(text) && !wrapped)
    ) {
      i += size;
      continue;
    }
    found.push({ first: i, last: end - 1, text });
    i = end;
  }
  return found;
}

/** How many words an opener at `i` has, 0 for none; a word after " -" is left out on its own. */
function openerAt(words: readonly Word[], claimed: readonly boolean[], i: number): number {
  if (claimed[i]) return 0;
  for (const opener of OPENERS)
    if (opener.every((w, k) => words[i + k]?.folded === w && !claimed[i + k])) return opener.length;
  // After a comma, or opening the message ("not the mental health ones" after "health").
  const opens = i === 0 || /,\s*$/u.test(words[i]!.gap);
  return words[i]!.folded === 'not' && opens ? 1 : 0;
}
