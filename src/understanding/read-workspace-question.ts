import type { WorkspaceTopic } from '../intents/action-topics.js';
import { worldCountries } from '../knowledge/countries/world-countries.js';
import type { Word } from './words.js';

/** casebot as a question names it: "you", "casebot", "the bot", "this app". */
const YOU = new Set(['you', 'casebot', 'bot', 'app', 'your', 'this', 'it']);
/** Words asking for cases: a question with them is about cases ("do you have cases on data privacy"). */
const CASE_WORDS = new Set([
  'case',
  'cases',
  'examples',
  'example',
  'projects',
  'project',
  'initiatives',
  'initiative',
]);

const BRING = new Set(['add', 'invite', 'install', 'get', 'bring', 'put', 'set']);
const PLACES = new Set([
  'channel',
  'channels',
  'server',
  'servers',
  'workspace',
  'workspaces',
  'team',
  'slack',
  'discord',
  'group',
  'guild',
]);
const PERMISSIONS = new Set([
  'permission',
  'permissions',
  'scope',
  'scopes',
  'intents',
  'privileges',
  'oauth',
]);
const SEE = new Set([
  'see',
  'read',
  'view',
  'visible',
  'private',
  'privately',
  'public',
  'confidential',
  'anonymous',
]);
const MINE = new Set([
  'my',
  'i',
  'questions',
  'messages',
  'searches',
  'answers',
  'conversation',
  'chat',
  'chats',
  'dms',
]);
const KEEP = new Set([
  'store',
  'stored',
  'keep',
  'kept',
  'save',
  'saved',
  'log',
  'logs',
  'logged',
  'record',
  'recorded',
  'retain',
  'track',
  'collect',
  'gdpr',
]);
const KEPT = new Set([
  'my',
  'what',
  'messages',
  'questions',
  'data',
  'chats',
  'conversations',
  'history',
  'anything',
  'everything',
  'type',
  'ask',
  'searches',
  'logs',
  'personal',
]);
const COST = new Set([
  'cost',
  'costs',
  'price',
  'pricing',
  'free',
  'pay',
  'paid',
  'charge',
  'fee',
  'fees',
  'subscription',
  'licence',
  'license',
]);
const SPEAK = new Set(['speak', 'understand', 'read', 'support', 'know', 'handle', 'languages', 'language']);
/** Language models people ask whether casebot is, or uses. */
const MODELS = new Set(['model', 'llm', 'gpt', 'chatgpt', 'openai', 'claude', 'gemini', 'llama']);
/** How casebot works, two words asking it: "learn from", "trained on", "running on", "tech stack". */
const WORKINGS =
  /\b(?:learn(?:s|ing)? from|trained on|train(?:ed)? (?:you|it|on)|run(?:s|ning)? on|built (?:with|on)|powered by|tech stack|written in)\b/u;

/** Languages by their English names, from `world-countries`: "do you understand Spanish?". */
const LANGUAGES: ReadonlySet<string> = new Set(
  worldCountries.flatMap((c) => Object.values(c.languages ?? {}).map((name) => name.toLowerCase())),
);

/** Whether a word of `set` is within `span` words after `i`. */
function within(f: readonly string[], i: number, span: number, set: ReadonlySet<string>): boolean {
  return f.slice(i + 1, i + 1 + span).some((w) => set.has(w));
}

/**
 * A question about casebot where it runs, by what it asks: adding it to a channel ("how do I add
 * you to another channel?", "how do I get you into #team"), its permissions ("what scopes does the
 * slack app need"), privacy ("who can see my questions?", "do you store what I type?", "how long do
 * you keep my messages?"), its cost ("is this free?"), the languages it reads ("do you understand
 * Spanish?") and how it works ("what model are you running on?", "do you learn from what we
 * type?"). A question naming cases asks for cases ("do you have cases on data privacy?").
 */
export function readWorkspaceQuestion(
  words: readonly Word[],
  claimed: readonly boolean[],
): WorkspaceTopic | undefined {
  // Every word counts, a place's too: "Spanish" in "do you understand Spanish?" was read as Spain.
  const f = words.map((w) => w.folded);
  if (f.some((w) => CASE_WORDS.has(w))) return undefined;
  const you = f.some((w) => YOU.has(w));
  const hash = words.some((w, i) => !claimed[i] && /#$/u.test(w.gap));
  for (let i = 0; i < f.length; i += 1) {
    const w = f[i]!;
    if (
      BRING.has(w) &&
      within(f, i, 2, YOU) &&
      (within(f, i, 6, PLACES) || hash || w === 'install' || w === 'invite')
    )
      return 'channel';
  }
  if (f.some((w) => PERMISSIONS.has(w)) && (you || f.includes('need') || f.includes('require')))
    return 'permissions';
  for (let i = 0; i < f.length; i += 1) {
    const w = f[i]!;
    if (SEE.has(w) && (within(f, i, 3, MINE) || (MINE.has(f[i - 1] ?? '') && f[i - 2] !== 'i')))
      return 'privacy';
    // "do you store what I type?", "where is my data stored": kept by casebot, or of the asker.
    const kept = within(f, i, 3, KEPT) || f.slice(Math.max(0, i - 3), i).some((k) => KEPT.has(k));
    if (KEEP.has(w) && (you || f.includes('my')) && kept) return 'privacy';
  }
  if (f.includes('logs') && you) return 'privacy';
  const costAt = f.findIndex((w) => COST.has(w));
  if (
    costAt >= 0 &&
    (f.includes('this') ||
      f.includes('casebot') ||
      f.includes('you') ||
      f.includes('use') ||
      f.includes('using'))
  )
    return 'cost';
  const speakAt = f.findIndex((w) => SPEAK.has(w));
  if (
    speakAt >= 0 &&
    you &&
    f.slice(speakAt).some((w) => LANGUAGES.has(w) || w === 'languages' || w === 'language')
  )
    return 'languages';
  if (you && (f.some((w) => MODELS.has(w)) || WORKINGS.test(f.join(' ')))) return 'workings';
  return undefined;
}
