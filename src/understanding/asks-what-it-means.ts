import type { Word } from './words.js';

/**
 * The collection's own words: what casebot holds and where it comes from. "what is a case?" asks
 * what casebot means by one, as "what does OPSI stand for?" asks what its source is.
 */
const OWN_TERMS = new Set([
  'opsi',
  'case',
  'cases',
  'initiative',
  'initiatives',
  'innovation',
  'innovations',
]);
/** "public sector innovation", the collection's subject, named whole. */
const OWN_PHRASE = ['public', 'sector', 'innovation'];

/** Words that ask what a word means, or what counts as one. */
const MEANING_CUES = new Set([
  'mean',
  'means',
  'meant',
  'meaning',
  'stand',
  'stands',
  'define',
  'definition',
  'count',
  'counts',
  'counted',
  'qualify',
  'qualifies',
  'considered',
  'is',
  's',
  'are',
]);

/** What else such a question may hold: its scaffolding, never a subject of its own. */
const SCAFFOLD = new Set([
  'what',
  'whats',
  'who',
  'does',
  'do',
  'did',
  'for',
  'by',
  'a',
  'an',
  'the',
  'as',
  'you',
  'u',
  'guys',
  'folks',
  'of',
  'exactly',
  'even',
  'actually',
  'here',
  'in',
  'this',
  'context',
  'consider',
  'please',
  'pls',
  'so',
  'ok',
  'okay',
  'hey',
  'hi',
  'um',
  'sorry',
  'but',
  'and',
  'then',
  'really',
  'acronym',
  'word',
  'term',
]);

/**
 * Whether a message only asks what one of the collection's own words means: "what is OPSI?",
 * "what does OPSI stand for", "what do you guys count as a case?", "what does public sector
 * innovation even mean", "define innovation". Such a question is about the collection, answered
 * with what it holds and where from; any other word makes it a question about cases ("what is
 * open data?" searches open data, "what is AI Friends?" shows it).
 */
export function asksWhatItMeans(words: readonly Word[]): boolean {
  const f = words.map((w) => w.folded);
  // "whats opsi", "who is OPSI": the question word says it when no other word does.
  const asks =
    f.includes('what') || f.includes('whats') || f[0] === 'who' || f[0] === 'define' || f.includes('meaning');
  if (!asks || !f.some((w) => MEANING_CUES.has(w) || w === 'define' || w === 'whats')) return false;
  const phrase = f.findIndex((_, i) => OWN_PHRASE.every((w, k) => f[i + k] === w));
  const rest = phrase < 0 ? f : [...f.slice(0, phrase), ...f.slice(phrase + OWN_PHRASE.length)];
  const terms = rest.filter((w) => OWN_TERMS.has(w));
  if (phrase < 0 && terms.length !== 1) return false;
  return rest.every((w) => OWN_TERMS.has(w) || MEANING_CUES.has(w) || SCAFFOLD.has(w));
}
