import type { OutsideTopic } from '../intents/action-topics.js';
import { CASE_WORDS } from './read-list-request.js';
import type { Word } from './words.js';

/** What a message asks that is no question about cases, and its words, never searched. */
export interface OutsideRequest {
  topic: OutsideTopic;
  taken: number[];
}

/** Words that only ask, before what is asked: "can you please", "help me", "I need you to". */
const ASKING = new Set([
  'can',
  'could',
  'would',
  'will',
  'you',
  'please',
  'pls',
  'plz',
  'kindly',
  'help',
  'me',
  'us',
  'i',
  'we',
  'need',
  'want',
  'd',
  'like',
  'to',
  'just',
  'quickly',
  'hey',
  'hi',
  'hello',
  'casebot',
  'ok',
  'okay',
  'so',
  'also',
]);

/** Verbs asking for something to be made; only opening the request ("chatbots that write letters" is a search). */
const MAKING = new Set([
  'write',
  'draft',
  'compose',
  'generate',
  'create',
  'make',
  'produce',
  'rewrite',
  'prepare',
]);
/** Telling: "tell me a joke", "know any jokes?". */
const TELLING = new Set(['tell', 'know', 'got', 'have', 'say']);
/** Building or fixing software. */
const CODING = new Set(['build', 'code', 'debug', 'fix', 'program']);

/** Texts people ask a chat bot to write. */
const TEXTS = new Set([
  'poem',
  'poems',
  'haiku',
  'limerick',
  'song',
  'lyrics',
  'story',
  'essay',
  'email',
  'letter',
  'speech',
  'brief',
  'memo',
  'tweet',
  'post',
  'blog',
  'article',
  'paragraph',
  'slogan',
  'tagline',
  'bio',
  'proposal',
  'pitch',
  'report',
  'press',
  'statement',
  'outline',
  'text',
  'caption',
  'template',
  'slide',
  'slides',
  'deck',
  'pager',
  'briefing',
  'newsletter',
]);
/** Code people ask a chat bot to write. */
const CODE = new Set([
  'code',
  'script',
  'function',
  'program',
  'regex',
  'sql',
  'query',
  'app',
  'website',
  'macro',
  'formula',
]);
const JOKES = new Set(['joke', 'jokes', 'riddle', 'riddles', 'pun', 'puns']);

/** What a made text is about: the words after it are what the person works on, read as usual. */
const ABOUT = new Set(['about', 'on', 'regarding', 're', 'around', 'covering', 'describing', 'explaining']);

/** Things of the day, asked of now: the weather, the news, scores, prices. */
const OF_THE_DAY = new Set([
  'weather',
  'temperature',
  'forecast',
  'news',
  'headlines',
  'score',
  'scores',
  'stock',
  'stocks',
]);
const NOW = new Set(['today', 'tonight', 'tomorrow', 'yesterday', 'now', 'currently', 'weekend', 'like']);
const WH = new Set([
  'what',
  'whats',
  'how',
  'hows',
  'who',
  'whos',
  'when',
  'where',
  'which',
  'will',
  'is',
  'any',
]);
const COPULA = new Set(['is', 's', 'was', 'are', 'were']);
/** Facts of the world asked as "what is the capital of …", "who is the president of …". */
const WORLD_FACTS = new Set([
  'capital',
  'population',
  'currency',
  'president',
  'prime',
  'king',
  'queen',
  'ceo',
  'gdp',
  'height',
  'distance',
  'meaning',
  'winner',
]);
/** After a thing of the day, words that leave it the thing asked: "the weather like in …", "news today". */
const AFTER_THE_DAY = new Set([...NOW, 'in', 'at', 'for', 'about', 'on', 'this', 'going', 'there']);
/** Deeds of the world: "who won the world cup", "who invented the telephone". */
const WORLD_DEEDS = new Set(['won', 'invented', 'discovered', 'painted', 'founded', 'wins']);

/** Asking for an opinion: "what do you think of …", "what's your take on …", "who should I vote for". */
function opinionAt(f: readonly string[]): number {
  for (let i = 0; i < f.length; i += 1) {
    const [a, b, c, d] = [f[i], f[i + 1], f[i + 2], f[i + 3]];
    if (a === 'what' && b === 'do' && c === 'you' && (d === 'think' || d === 'feel')) return i + 4;
    if (a === 'how' && b === 'do' && c === 'you' && d === 'feel') return i + 4;
    if (
      a === 'your' &&
      (b === 'opinion' || b === 'take' || b === 'view' || b === 'views' || b === 'thoughts' || b === 'stance')
    )
      return i + 2;
    if (a === 'do' && b === 'you' && (c === 'agree' || c === 'support' || c === 'prefer' || c === 'like'))
      return i + 3;
    if (a === 'should' && b === 'i' && c === 'vote') return i + 3;
  }
  return -1;
}

const ARITHMETIC =
  /\d\s*(?:[+*×÷^=]|\bx\b|plus|minus|times|divided by|multiplied by)\s*\d|\d\s*(?:%|percent)\s+of\s+\d|\b(?:calculate|compute|solve)\b.*\d|square root|\bsqrt\b/u;

/** The words from the first unclaimed one to `to`, and every word after when nothing says what about. */
function spanTo(f: readonly string[], to: number, whole: boolean): number[] {
  const taken: number[] = [];
  for (let k = 0; k < f.length; k += 1) {
    if (f[k] === '') continue;
    if (k <= to || whole) taken.push(k);
  }
  return taken;
}

/** Words that say what a made text holds: "a letter template for digital inclusion cases". */
const HOLDING = new Set([...ABOUT, 'for', 'with', 'of', 'using', 'from', 'listing', 'featuring']);

/**
 * After a request's last word: with "about …" the words after it are read, and so are the cases
 * the text is to hold ("a slide with three education cases"); else the rest is taken too.
 */
function requestTo(f: readonly string[], end: number): number[] {
  let k = end + 1;
  while (k < f.length && f[k] === '') k += 1;
  if (k >= f.length) return spanTo(f, end, true);
  if (ABOUT.has(f[k]!)) return spanTo(f, k, false);
  const cases = f.findIndex((w, j) => j > end && CASE_WORDS.has(w));
  const holds = f.findIndex((w, j) => j > end && HOLDING.has(w));
  return cases > 0 && holds > 0 && holds < cases ? spanTo(f, holds, false) : spanTo(f, end, true);
}

/**
 * A request outside what casebot does: writing or generating a text ("write me a poem about open
 * data", "can you help me write a policy brief?"), code, a joke, the weather or the news of the
 * day, facts of the world ("what's the capital of France?", "who won the world cup"), maths, or an
 * opinion. Read from how the request opens, so a search whose words look alike stays a search
 * ("weather forecasting for farmers", "policy briefs on housing", "chatbots that write letters").
 * What a text or an opinion is about stays to be read, so its cases can be offered.
 */
export function readOutsideRequest(
  words: readonly Word[],
  claimed: readonly boolean[],
  text: string,
): OutsideRequest | undefined {
  const f = words.map((w, i) => (claimed[i] ? '' : w.folded));
  let at = 0;
  while (at < f.length && (f[at] === '' || ASKING.has(f[at]!))) at += 1;
  const verb = f[at] ?? '';
  const near = (set: ReadonlySet<string>) => {
    for (let k = at + 1; k < Math.min(f.length, at + 5); k += 1) {
      if (ABOUT.has(f[k]!)) return -1;
      if (set.has(f[k]!)) return k;
    }
    return -1;
  };
  if (MAKING.has(verb) || CODING.has(verb)) {
    const code = near(CODE);
    // "code for america" names an organisation: a verb of coding asks for code with code named, or to debug.
    if (code >= 0 || verb === 'debug') return { topic: 'code', taken: requestTo(f, Math.max(code, at)) };
    const made = MAKING.has(verb) ? near(TEXTS) : -1;
    if (made >= 0) return { topic: 'write', taken: requestTo(f, made) };
    const joke = near(JOKES);
    if (joke >= 0) return { topic: 'joke', taken: requestTo(f, joke) };
  }
  if (TELLING.has(verb) || (f[at] === 'any' && JOKES.has(f[at + 1] ?? ''))) {
    const joke = near(JOKES);
    if (joke >= 0) return { topic: 'joke', taken: requestTo(f, joke) };
  }
  if (verb === 'make' && f[at + 1] === 'me' && f[at + 2] === 'laugh')
    return { topic: 'joke', taken: spanTo(f, 0, true) };
  if (ARITHMETIC.test(text.toLowerCase()) && !/\b(?:cases?|projects?|initiatives?)\b/iu.test(text))
    return { topic: 'maths', taken: spanTo(f, 0, true) };
  const opinion = opinionAt(f);
  if (opinion >= 0) {
    const end =
      ABOUT.has(f[opinion] ?? '') || f[opinion] === 'of' || f[opinion] === 'for' ? opinion : opinion - 1;
    return { topic: 'opinion', taken: spanTo(f, end, false) };
  }
  // "how did cities use weather data …", "the news on AI regulation cases": cases asked for.
  if (f.some((w) => CASE_WORDS.has(w))) return undefined;
  const asked = WH.has(f[at] ?? '');
  const day = f.findIndex((w) => OF_THE_DAY.has(w));
  // The thing of the day itself, not a subject it qualifies ("weather data", "news literacy").
  const itself = day >= 0 && (day === f.length - 1 || AFTER_THE_DAY.has(f[day + 1]!));
  if (
    itself &&
    ((asked && f[day - 1] === 'the') || f.some((w) => NOW.has(w)) || (asked && day === f.length - 1))
  )
    return {
      topic: f[day] === 'weather' || f[day] === 'temperature' || f[day] === 'forecast' ? 'weather' : 'news',
      taken: spanTo(f, 0, true),
    };
  if (asked) {
    const deed = WORLD_DEEDS.has(f[at + 1] ?? '');
    const fact =
      COPULA.has(f[at + 1] ?? '') &&
      f[at + 2] === 'the' &&
      WORLD_FACTS.has(f[at + 3] ?? '') &&
      (f[at + 4] === 'of' || f[at + 4] === 'in' || f[at + 4] === 'minister');
    if (deed || fact) return { topic: 'facts', taken: spanTo(f, 0, true) };
  }
  return undefined;
}
