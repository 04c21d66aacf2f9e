import type { ActionTopic } from '../intents/action-topics.js';
import type { Word } from './words.js';

/** Files people ask a chat for: casebot sends none. */
const FILE_WORDS = new Set([
  'csv',
  'csvs',
  'spreadsheet',
  'spreadsheets',
  'excel',
  'xlsx',
  'xls',
  'pdf',
  'pdfs',
  'json',
  'jsonl',
  'file',
  'files',
  'attachment',
]);
/** Verbs that ask for a file; as nouns ("export promotion") they are a subject. */
const FILE_VERBS = new Set(['export', 'download', 'downloading', 'exporting']);
/** What a file verb is done to: "export these", "download this list", "download that". */
const DONE_TO = new Set([
  'these',
  'this',
  'that',
  'those',
  'them',
  'it',
  'all',
  'the',
  'my',
  'list',
  'results',
  'cases',
  'as',
  'everything',
]);
/** Before a file verb: "can I download", "how do I export", "is there a way to export". */
const ASKED_BEFORE = new Set(['can', 'i', 'to', 'you', 'we', 'please', 'pls', 'me', 'how']);
/** "as a", "in": the words joining a file word to the request ("as a spreadsheet", "in csv"). */
const FILE_JOINERS = new Set(['a', 'an', 'as', 'in', 'into', 'to', 'of']);

/**
 * The words of a message that ask for its cases as a file ("can you export these", "give me a
 * csv of health cases", "download this list", "send me a spreadsheet of the climate ones"), to be
 * claimed so they are not searched; empty when it asks for none.
 */
function readFileRequest(f: readonly string[]): number[] {
  const taken: number[] = [];
  f.forEach((w, i) => {
    const verb =
      FILE_VERBS.has(w) &&
      (i === f.length - 1 || DONE_TO.has(f[i + 1] ?? '') || ASKED_BEFORE.has(f[i - 1] ?? ''));
    if (!verb && !FILE_WORDS.has(w)) return;
    // "a file on open data" may be a case's document: a file word alone needs an asking verb or a joiner.
    if (!verb && (w === 'file' || w === 'files') && !FILE_JOINERS.has(f[i - 1] ?? '')) return;
    taken.push(i);
    let k = i - 1;
    while (k >= 0 && FILE_JOINERS.has(f[k]!) && !taken.includes(k)) taken.push(k--);
  });
  return taken.length > 0 && taken.some((i) => FILE_VERBS.has(f[i]!) || FILE_WORDS.has(f[i]!)) ? taken : [];
}

/**
 * Verbs asking casebot to do something it has no feature for, by what they ask. Only as verbs:
 * "data sharing", "print media", "translation services" and "email newsletters" are subjects.
 */
const ACTION_VERBS: ReadonlyMap<string, ActionTopic> = new Map([
  ...['save', 'bookmark', 'pin', 'remember', 'star', 'favourite', 'favorite', 'keep'].map(
    (w) => [w, 'save'] as const,
  ),
  ...['share', 'forward', 'send', 'post', 'dm', 'message', 'msg', 'email', 'mail', 'tag', 'mention'].map(
    (w) => [w, 'share'] as const,
  ),
  ...['remind', 'ping', 'notify', 'alert', 'notified', 'pinged', 'alerted'].map(
    (w) => [w, 'remind'] as const,
  ),
  ...['report', 'flag', 'correct', 'fix', 'update'].map((w) => [w, 'report'] as const),
  ...['add', 'suggest', 'submit', 'propose', 'contribute', 'nominate', 'upload'].map(
    (w) => [w, 'add'] as const,
  ),
  ['print', 'print'],
  ['translate', 'translate'],
  ['rate', 'rate'],
  ...['forget', 'clear', 'delete', 'erase', 'wipe', 'reset'].map((w) => [w, 'forget'] as const),
]);
/** Where a thing is sent: "to my team", "in #general", "with @maria" (the mention itself is gone). */
const DESTINATIONS = new Set([
  'team',
  'teams',
  'colleague',
  'colleagues',
  'coworker',
  'coworkers',
  'boss',
  'manager',
  'channel',
  'group',
  'everyone',
  'everybody',
  'him',
  'her',
  'friend',
  'friends',
  'people',
  'inbox',
  'email',
  'mail',
  'slack',
  'discord',
]);
/** What is sent to: "to", "with", "in", "on", "via", "by". */
const TO = new Set(['to', 'with', 'in', 'on', 'via', 'by', 'into']);
/** What may follow a mention that was taken out: "to @maria please". */
const COURTESY = new Set(['', 'please', 'pls', 'plz', 'thanks', 'thx', 'asap', 'now']);
/** Verbs that give a list when they have no destination: "send me health cases", "post some examples". */
const GIVING = new Set(['send', 'post', 'message', 'msg', 'mail']);
/** What points at an answer already given: "share this", "forward them". */
const ANSWER_POINTERS = new Set(['this', 'these', 'that', 'those', 'it', 'them']);
/** Verbs that also mean something else unless their object is plainly casebot's own answer. */
const OBJECT_ONLY = new Set([
  'keep',
  'tag',
  'mention',
  'correct',
  'fix',
  'update',
  'upload',
  'alert',
  'star',
]);
/** What is forgotten: "clear my history", "delete the conversation". */
const MEMORY = new Set([
  'history',
  'context',
  'conversation',
  'chat',
  'memory',
  'messages',
  'questions',
  'searches',
  'data',
]);
/** Words people use to say a case is wrong: only with a word pointing at it ("this case is outdated"). */
const WRONG = new Set([
  'mistake',
  'mistakes',
  'error',
  'errors',
  'typo',
  'typos',
  'wrong',
  'outdated',
  'incorrect',
  'inaccurate',
  'broken',
  'obsolete',
]);
const POINTERS = new Set([
  'case',
  'info',
  'information',
  'entry',
  'page',
  'link',
  'summary',
  'project',
  'initiative',
  'details',
  'description',
]);
/** Saying what a thing is: "AI Friends is outdated", "the dates are wrong". */
const COPULAS = new Set(['is', 'are', 'was', 'were', 's', 'seems', 'looks', 'be']);
/** Words only pointing at what was shown: taken with the report, never a case's name. */
const SHOWN = new Set(['this', 'that', 'these', 'those', 'it', 'the', 'here', 'one', 'your', 'of', 'in']);
/** Whose a case to add is: "our project", "my city's app", "a new case". */
const OWN = new Set(['our', 'my', 'new', 'own', 'we']);
/** Things given a rating: "5 stars", "4/5", "10/10". */
const STARS = new Set(['star', 'stars']);

/** What a message asks casebot to do that it cannot, and its words, never searched. */
export interface ActionRequest {
  topic: ActionTopic;
  taken: number[];
}

/**
 * A request to do something with casebot's answers it has no feature for: save, share, remind,
 * report, add a case, print, translate, rate, forget, or a file. Read from a verb asking it ("save
 * these", "can you email me", "share this with @maria") or, for a mistake, from words saying a
 * case shown is wrong ("this case is outdated"); undefined when it asks for none.
 */
export function readActionRequest(
  words: readonly Word[],
  claimed: readonly boolean[],
): ActionRequest | undefined {
  const f = words.map((w, i) => (claimed[i] ? '' : w.folded));
  const file = readFileRequest(f);
  if (file.length > 0) return { topic: 'export', taken: file };
  // "#general", and as Slack sends them "<#C123|general>", "<!channel>", "<@U123>": somewhere to send to.
  const hashAt = words.findIndex((w, i) => !claimed[i] && /(?:#|<[!@])$/u.test(w.gap));
  for (let i = 0; i < f.length; i += 1) {
    const topic = ACTION_VERBS.get(f[i]!);
    if (topic === undefined || !asksVerb(f, i, topic, hashAt)) continue;
    return { topic, taken: takenWith(f, i, topic, hashAt) };
  }
  const report = readWrong(f);
  if (report) return report;
  const stars = f.findIndex((w, i) => STARS.has(w) && /^\d+$/u.test(f[i - 1] ?? ''));
  if (
    stars >= 0 ||
    f.some((w, i) => /^\d+$/u.test(w) && /^\/$/u.test(words[i + 1]?.gap ?? '') && f[i + 1] !== '')
  )
    if (f.some((w) => w === 'give' || w === 'rate' || w === 'it' || w === 'this'))
      return { topic: 'rate', taken: f.flatMap((w, i) => (w === '' ? [] : [i])) };
  return undefined;
}

/**
 * "this case is outdated", "AI Friends is out of date", "the info here is wrong, it ended in 2020":
 * a case said to be wrong, with a word pointing at a case or saying what it is ("medical errors" is
 * a subject). What is said after is description; a name said before is the case.
 */
function readWrong(f: readonly string[]): ActionRequest | undefined {
  const at = f.findIndex((w, i) => WRONG.has(w) || (w === 'out' && f[i + 1] === 'of' && f[i + 2] === 'date'));
  if (at < 0) return undefined;
  const said = COPULAS.has(f[at - 1] ?? '') && at >= 2 && !SHOWN.has(f[at - 2]!);
  if (!said && !f.some((w) => POINTERS.has(w))) return undefined;
  const from = said ? at - 1 : at;
  const taken = f.flatMap((w, i) => (w !== '' && (i >= from || POINTERS.has(w) || SHOWN.has(w)) ? [i] : []));
  return { topic: 'report', taken };
}

function asksVerb(f: readonly string[], i: number, topic: ActionTopic, hashAt: number): boolean {
  const verb = f[i]!;
  const next = f[i + 1] ?? '';
  const before = f[i - 1] ?? '';
  const done = DONE_TO.has(next) || next === 'one' || next === 'ones';
  const asked = ASKED_BEFORE.has(before) || before === 'let' || before === 'pls';
  const alone = i === f.length - 1 && (i === 0 || asked);
  if (topic === 'forget' && verb !== 'forget')
    return f.slice(i + 1, i + 4).some((w) => MEMORY.has(w)) && (done || next === 'our' || MEMORY.has(next));
  if (topic === 'add' && verb !== 'submit' && verb !== 'contribute') {
    // "add France" refines a list and "suggest a case about health" asks for one: adding is of one's own.
    return f.slice(i + 1, i + 5).some((w) => OWN.has(w)) && (done || asked || OWN.has(next) || next === 'a');
  }
  if (topic === 'share' && GIVING.has(verb)) return destined(f, i, hashAt);
  // "share this", "forward these to my team": an answer passed on; "could you share 2-3 relevant
  // cases" asks casebot for cases.
  if (verb === 'share' || verb === 'forward')
    return next === 'with' || destined(f, i, hashAt) || ANSWER_POINTERS.has(next);
  if (verb === 'keep')
    return f.includes('later') || (f.includes('for') && (f.includes('me') || f.includes('us')));
  if (OBJECT_ONLY.has(verb)) return done && !(verb === 'update' && next === 'me');
  if (verb === 'email' || verb === 'mail') return next === 'me' || next === 'us' || done || asked;
  if (verb.endsWith('ed')) return before === 'get' || before === 'be';
  if (topic === 'remind') return next === 'me' || next === 'us' || done || asked || alone;
  if (topic === 'report') return done || asked || alone || (next === 'a' && WRONG.has(f[i + 2] ?? ''));
  if (topic === 'share' && next === 'with') return true;
  if (topic === 'rate') return done || asked;
  return (
    done ||
    asked ||
    alone ||
    (verb === 'forget' && (next === 'what' || next === 'everything' || next === 'about'))
  );
}

/** Whether a sending verb says where to: "to my team", "#general", "to @maria", "by email". */
function destined(f: readonly string[], i: number, hashAt: number): boolean {
  if (hashAt > i) return true;
  for (let k = i + 1; k < f.length; k += 1) {
    if (!TO.has(f[k]!)) continue;
    const after = f.slice(k + 1, k + 4);
    // "to @maria", "to <!channel> please": the mention is gone, so "to" ends what is asked.
    if (f.slice(k + 1).every((w) => COURTESY.has(w)) || after.some((w) => DESTINATIONS.has(w))) return true;
  }
  return f.slice(i + 1, i + 4).some((w) => w === 'email' || w === 'mail');
}

/** The verb's words and what it says of where and how: never searched. */
function takenWith(f: readonly string[], i: number, topic: ActionTopic, hashAt: number): number[] {
  const taken = [i];
  const take = (k: number) => {
    if (k >= 0 && k < f.length && f[k] !== '' && !taken.includes(k)) taken.push(k);
  };
  if (ASKED_BEFORE.has(f[i - 1] ?? '')) take(i - 1);
  if (topic === 'forget' || topic === 'add' || topic === 'report' || topic === 'rate') {
    // What follows describes, it asks for no cases: "forget what I asked", "suggest our app"; a
    // mistake reported "in the Bogota case" keeps the case it names.
    for (let k = i + 1; k < f.length; k += 1) {
      take(k);
      if (topic === 'report' && ABOUT.has(f[k]!)) break;
    }
    return taken;
  }
  if (hashAt >= 0) take(hashAt);
  // "when new ones come in": the condition of a reminder, what a digest does; never searched.
  const when = topic === 'remind' ? f.indexOf('when', i) : -1;
  if (when >= 0) for (let k = when; k < f.length; k += 1) take(k);
  if (f[i - 1] === 'get' || f[i - 1] === 'be') take(i - 1);
  for (let k = i + 1; k < f.length; k += 1) {
    const w = f[k]!;
    if (
      TO.has(w) &&
      (k === f.length - 1 ||
        DESTINATIONS.has(f[k + 1] ?? '') ||
        OWN.has(f[k + 1] ?? '') ||
        f[k + 1] === 'the')
    ) {
      take(k);
      for (let j = k + 1; j < Math.min(f.length, k + 4); j += 1) {
        const d = f[j]!;
        if (DESTINATIONS.has(d) || OWN.has(d) || d === 'the' || d === 'a' || d === 'an') take(j);
        if (DESTINATIONS.has(d)) break;
      }
    }
    if (w === 'me' || w === 'us' || w === 'pls' || w === 'please' || w === 'about' || WHEN.has(w)) take(k);
    if ((w === 'next' || w === 'this' || w === 'on') && WHEN.has(f[k + 1] ?? '')) take(k);
    if ((w === 'email' || w === 'mail') && k > i) take(k);
    if (topic === 'translate' && (w === 'into' || w === 'to' || w === 'in')) {
      take(k);
      take(k + 1);
    }
  }
  return taken;
}

/** What a mistake is reported in: "a mistake in the Bogota case". */
const ABOUT = new Set(['in', 'on', 'about', 'for', 'with']);
/** When a reminder is for: "tomorrow", "next week", "on monday". */
const WHEN = new Set([
  'tomorrow',
  'later',
  'tonight',
  'week',
  'month',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'weekend',
  'morning',
  'afternoon',
]);
