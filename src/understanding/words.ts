import { type Token, tokenize } from '../knowledge/countries/tokenize.js';
import { SUBJECT_WORDS_ABROAD } from './other-languages.js';
import { joinSpokenYears } from './spoken-years.js';

/** One word of a message: where it is, as written, folded, and what separates it from the last. */
export interface Word {
  start: number;
  end: number;
  raw: string;
  /** Lower case, without accents: the form every lookup uses. */
  folded: string;
  /** The text between the previous word and this one ("", " ", ", ", " #"). */
  gap: string;
}

/**
 * Chat spellings read as the words they stand for, so "what can u do" is "what can you do" for
 * every phrase of the lexicon, not a phrase of its own each.
 */
const CHAT_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['u', 'you'],
  ['ya', 'you'],
  ['ur', 'your'],
  ['r', 'are'],
  ['wat', 'what'],
  ['wut', 'what'],
  ['wich', 'which'],
  ['hw', 'how'],
  ['whch', 'which'],
  ['thx', 'thanks'],
  ['tx', 'thanks'],
  ['smth', 'something'],
  ['sth', 'something'],
  ['abt', 'about'],
  // "w/ blockchain": the slash is the gap after it.
  ['w', 'with'],
]);

/**
 * Short forms read, and searched, as the word they stand for: "open gov" is open government,
 * "digital govt" digital government, "e-gov" e-government.
 */
const SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ['gov', 'government'],
  ['govt', 'government'],
  ['gouv', 'government'],
  ['ppl', 'people'],
  ...SUBJECT_WORDS_ABROAD,
]);

/** "w/o" is one word, "without": split at the slash, its "o" would be searched. */
function joinWithout(text: string, tokens: readonly Token[]): Token[] {
  const joined: Token[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (token.folded === 'w' && next?.folded === 'o' && text.slice(token.end, next.start) === '/') {
      joined.push({ ...token, end: next.end, raw: text.slice(token.start, next.end), folded: 'without' });
      i += 1;
    } else joined.push(token);
  }
  return joined;
}

/** A message's words (letters and digits of any script), with their spans and the gaps between. */
export function splitMessage(text: string): Word[] {
  let end = 0;
  const mixedCase = /\p{Ll}/u.test(text);
  return joinSpokenYears(text, joinWithout(text, tokenize(text))).map((token) => {
    const long = SHORT_FORMS.get(token.folded);
    // Two capitals among lower-case words are a code ("TX examples": Texas), not chat.
    const chat = mixedCase && /^[A-Z]{2}$/u.test(token.raw) ? undefined : CHAT_SPELLINGS.get(token.folded);
    const folded = long ?? chat ?? token.folded;
    const raw =
      long === undefined ? token.raw : token.raw === token.raw.toUpperCase() ? long.toUpperCase() : long;
    const gap = text.slice(end, token.start);
    // "EU-wide", "city-wide": the suffix says across all of the word before, which is read alone.
    const word = {
      start: token.start,
      end: token.end,
      raw,
      folded,
      gap: folded === 'wide' && /^[-‐–]$/u.test(gap) ? ' ' : gap,
    };
    end = token.end;
    return word;
  });
}
