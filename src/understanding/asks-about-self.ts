import type { Word } from './words.js';

/** Words that open a spoken or chatty message without saying anything ("um so", "hey okay"). */
const OPENERS = new Set([
  'hey',
  'hi',
  'hello',
  'um',
  'umm',
  'uh',
  'uhh',
  'erm',
  'er',
  'hmm',
  'so',
  'okay',
  'ok',
  'oh',
  'well',
  'and',
  'but',
  'quick',
  'question',
  'just',
  'wait',
  'casebot',
]);

/** Who casebot is addressed as: "are you …", "do you guys use …", "is this …", "is casebot …". */
const YOU = new Set(['you', 'casebot', 'this']);
const GROUP = new Set(['guys', 'all', 'folks', 'people']);

/** After "are you": words that ask what casebot is, not what it can find ("are you able to find …"). */
const WHAT_IT_IS = new Set([
  'a',
  'an',
  'the',
  'like',
  'connected',
  'linked',
  'part',
  'affiliated',
  'run',
  'made',
  'built',
  'owned',
  'official',
  'related',
  'powered',
  'based',
  'using',
  'trained',
  'human',
  'real',
  'ai',
  'chatgpt',
  'gpt',
  'online',
  'free',
  'open',
  'up',
  'from',
  'with',
  'by',
]);

/** After "do you …": verbs that ask how casebot works ("do you use AI", "do you run on GPT"). */
const WORKINGS = new Set(['use', 'run', 'rely', 'work', 'learn', 'store', 'track', 'save', 'keep', 'train']);

/** Words that ask for cases, whatever is asked of casebot first ("are you aware of any AI cases"). */
const ASKS_FOR_CASES = new Set([
  'any',
  'cases',
  'case',
  'examples',
  'example',
  'projects',
  'initiatives',
  'find',
  'show',
  'search',
  'list',
  'aware',
  'able',
  'sure',
  'there',
  // "is this the newest one?": about a case shown, not about casebot.
  'one',
  'ones',
  'newest',
  'oldest',
  'latest',
  'same',
  'project',
  'initiative',
]);

/**
 * Whether a message asks casebot about itself: "are you an AI", "is this the OECD", "do you use
 * ChatGPT", "are you connected to the OECD", "hey are you like a bot or a real person". Such a
 * question may name a topic or a group ("AI", "the OECD"): it is still about casebot. "are there
 * AI cases", "are you aware of any AI cases" ask for cases.
 */
export function asksAboutSelf(words: readonly Word[]): boolean {
  const f = words.map((w) => w.folded);
  let at = 0;
  while (at < f.length && OPENERS.has(f[at]!)) at += 1;
  const [verb, who] = [f[at], f[at + 1]];
  if (verb === undefined || who === undefined || !YOU.has(who)) return false;
  let next = at + 2;
  while (GROUP.has(f[next] ?? '')) next += 1;
  if (f.slice(next).some((w) => ASKS_FOR_CASES.has(w))) return false;
  const after = f[next];
  if (after === undefined) return false;
  if (verb === 'are' && who === 'you') return WHAT_IT_IS.has(after);
  if (verb === 'is' && who !== 'you')
    return after === 'the' || after === 'a' || after === 'an' || after === 'part';
  if (verb === 'do' && who === 'you') return WORKINGS.has(after);
  if (verb === 'does' && who !== 'you') return WORKINGS.has(after) || after === 'bot';
  return false;
}
