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
  ['rather', 'than'],
  ['instead', 'of'],
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
  // How something is, not what: "AI not working", "health not found", "not sure".
  'sure',
  'working',
  'found',
  'needed',
  'helpful',
  'relevant',
  'available',
  'right',
  'enough',
  'bad',
  'good',
  'great',
  'quite',
  'exactly',
  'what',
]);
/** Before a bare "not" mid-clause, words that make it a sentence's "not": "is it not", "why not". */
const SENTENCE_NOT = new Set([
  'is',
  'are',
  'was',
  'were',
  'do',
  'does',
  'did',
  'it',
  'im',
  'i',
  'you',
  'we',
  'they',
  'can',
  'could',
  'would',
  'should',
  'will',
  'why',
  'or',
  'if',
  'whether',
  'and',
  'but',
  'maybe',
  'probably',
  'definitely',
  'certainly',
  'hopefully',
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
    // "health not education", "AI not blockchain": mid-clause, a topic on one side of the "not".
    const between = bare && !opensClause(words, i);
    if (
      last < start ||
      NO_START.has(words[start]!.folded) ||
      clauseGoesOn ||
      (bare && !between && !isTopic(text) && !wrapped) ||
      (between && !(isTopic(text) || topicBefore(words, claimed, i, isTopic)))
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
  if (words[i]!.folded !== 'not') return 0;
  // After a comma, or opening the message ("not the mental health ones" after "health"), or right
  // after what is kept ("health not education"), which the caller checks is a topic.
  return opensClause(words, i) || (i > 0 && !SENTENCE_NOT.has(words[i - 1]!.folded)) ? 1 : 0;
}

function opensClause(words: readonly Word[], i: number): boolean {
  return i === 0 || /,\s*$/u.test(words[i]!.gap);
}

/** Whether the words of the clause right before `not` at `i` name a topic: "AI not blockchain". */
function topicBefore(
  words: readonly Word[],
  claimed: readonly boolean[],
  i: number,
  isTopic: (text: string) => boolean,
): boolean {
  for (let first = i - 1; first >= 0 && i - first <= MAX_WORDS && !claimed[first]; first -= 1) {
    if (
      isTopic(
        words
          .slice(first, i)
          .map((w) => w.raw)
          .join(' '),
      )
    )
      return true;
    if (ENDS_CLAUSE.test(words[first]!.gap)) break;
  }
  return false;
}
