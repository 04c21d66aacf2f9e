import { dayOf } from '../digests/parse-schedule.js';
import type { DigestCommand } from '../intents/intent.js';
import { getCountry } from '../knowledge/countries/index.js';
import type { Understanding } from './understanding.js';

/**
 * A digest asked for in plain words ("subscribe this channel to AI cases every monday", "send us
 * new health cases from Korea weekly on friday at 9", "can you post a monthly summary here?"):
 * the `digest subscribe` arguments it says, and how it was read; or, when it does not say how
 * often, or asks for what a digest cannot keep, what to say and a command to copy.
 */
export type DigestRequest =
  | { type: 'subscribe'; args: string; reading: string }
  | { type: 'ask'; note: string };

/** A request for something on a schedule: a word of frequency or a day after "every"/"on". */
const FREQUENCY =
  /\b(?:daily|weekly|monthly|every\s*day|each\s+day|every\s+(?:morning|week|month)|each\s+(?:morning|week|month)|once\s+a\s+(?:day|week|month)|(?:every|each|on)\s+(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?|(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b/iu;
const DELIVERY =
  /\b(?:send|post|deliver|share|push|email|notify|subscribe|sub|get|receive|want|give|set\s+up|digests?|updates?|summary|summaries|roundup|round-up|newsletter|report)\b/iu;
/**
 * Sending asked of casebot, not described ("projects that post updates weekly"): the verb opens
 * a sentence or follows "please"/"can you", or has us, me, the team or here after it.
 */
const ASKED_TO_SEND =
  /(?:^|[.!?,;:]\s*|\b(?:please|pls|kindly|can you|could you|would you|will you|can u|you could)\s+)(?:send|post|deliver|share|push|email|subscribe)\b|\b(?:send|post|deliver|share|push|email|give)\s+(?:us|me|the team|this channel|here|our team)\b/iu;
/** Asking about digests rather than for one: "how do I …", "pause the weekly update". */
const NOT_A_REQUEST =
  /\b(?:how|what|which|why|pause|stop|cancel|unsubscribe|resume|remove|delete|list|preview|instead)\b/iu;
/** Whether a message says how often: "weekly", "every monday", "once a month". */
export function namesSchedule(body: string): boolean {
  return FREQUENCY.test(body);
}

/** What a digest is, for a message that asked for a file on a schedule. */
export const NOT_A_FILE = 'A digest is posted here as a message with the cases, not as a file.';

/** A time of day: "at 9", "at 9:30", "9am", "17:00", "at noon". */
const TIME = /\b(?:at\s+)?(\d{1,2}(?:[:h.]\d{2})?\s*(?:am|pm)?|noon)\b/giu;

/** Words that say how and when to post, and no more: never what the digest is about. */
const SCHEDULE_WORDS = new Set(
  (
    'subscribe subscribed subscription sub digest digests send post deliver share push email notify get ' +
    'receive give want set up us me we our my this the a an channel here team server to with of on at in ' +
    'for new latest recent fresh every each once weekly monthly daily day days week weeks month months ' +
    'morning mornings evening update updates summary summaries roundup round-up newsletter report can ' +
    'you could would please pls i like cases case initiatives projects examples am pm noon oclock o clock ' +
    'some about and any all there be should will let know sent posted delivered emailed shared possible is it way ways automatically automatic regularly regular'
  ).split(' '),
);

function digestTime(text: string): string | undefined {
  for (const match of text.matchAll(TIME)) {
    const value = match[1] ?? '';
    if (value.toLowerCase() === 'noon') return '12:00';
    // A bare number is a time only after "at" ("at 9"), not a count ("top 3").
    if (/^\d{1,2}$/u.test(value) && !/^at\s/iu.test(match[0])) continue;
    const m = /^(\d{1,2})(?:[:h.](\d{2}))?\s*(am|pm)?$/iu.exec(value);
    if (!m) continue;
    let hour = Number(m[1]);
    const half = m[3]?.toLowerCase();
    if (half === 'pm' && hour < 12) hour += 12;
    if (half === 'am' && hour === 12) hour = 0;
    if (hour > 23) continue;
    return `${String(hour).padStart(2, '0')}:${m[2] ?? '00'}`;
  }
  return undefined;
}

function weekday(text: string): string | undefined {
  for (const word of text.toLowerCase().split(/[^a-z]+/u)) {
    const day = dayOf(word) ?? dayOf(word.replace(/s$/u, ''));
    if (day) return day;
  }
  return undefined;
}

/** What the digest is about: the topic as typed, or the subject's words left after the schedule's. */
function topicWords(u: Understanding): string {
  if (u.topicTyped !== undefined && (u.filters.topic || u.filters.topics)) return u.topicTyped;
  const scheduleWord = (word: string) =>
    SCHEDULE_WORDS.has(word) || dayOf(word) !== undefined || dayOf(word.replace(/s$/u, '')) !== undefined;
  return u.subject
    .split(/\s+/u)
    .filter((word) => word !== '' && !scheduleWord(word.toLowerCase()) && !/^\d/u.test(word))
    .join(' ');
}

/** The filters a digest cannot keep (years, level, a region, several countries, places, topics or words left out), in words. */
function leftOut(u: Understanding): string[] {
  const { filters } = u;
  const out: string[] = [];
  if (filters.years) out.push('the years');
  if (filters.level) out.push('the level of government');
  if (filters.region) out.push('the region');
  if (filters.except) out.push('the places left out');
  if (filters.without) out.push('the topics or words left out');
  if (filters.exceptYears) out.push('the years left out');
  if ((filters.countries?.length ?? 0) > 1) out.push('all but the first country');
  return out;
}

/**
 * Reads a message that asks for cases on a schedule into a digest subscription, reusing the
 * `digest subscribe` syntax (its parser checks the result). Undefined when it is no such request.
 */
export function readDigestRequest(
  body: string,
  u: Understanding,
  digestWords: boolean,
): DigestRequest | undefined {
  const frequency = FREQUENCY.exec(body)?.[0].toLowerCase();
  if (NOT_A_REQUEST.test(body)) return undefined;
  if (!frequency && !digestWords) return undefined;
  // Asked in so many words (a digest, a file on a schedule), how often is enough.
  if (frequency && !digestWords && !DELIVERY.test(body)) return undefined;
  if (!digestWords && !ASKED_TO_SEND.test(body)) return undefined;
  const day = weekday(frequency ?? '') ?? weekday(body.replace(TIME, ' '));
  const time = digestTime(body);
  const options: string[] = [];
  const code = u.filters.countries?.[0];
  const country = code ? getCountry(code)?.name : undefined;
  if (country) options.push(`country ${country}`);
  const topic = topicWords(u);
  if (topic !== '') options.push(`topic ${topic}`);
  if (u.count !== undefined) options.push(`count ${u.count}`);
  const what = options.length > 0 ? ` ${options.join(' ')}` : '';
  let schedule: string | undefined;
  if (frequency && /month/u.test(frequency)) {
    const [hour, minute] = (time ?? '09:00').split(':').map(Number);
    schedule = `cron "${minute} ${hour} 1 * *"`;
  } else if (day) schedule = `weekly ${day} ${time ?? '09:00'}`;
  else if (frequency && /daily|day|morning/u.test(frequency)) schedule = `daily ${time ?? '09:00'}`;
  else if (frequency) schedule = `weekly mon ${time ?? '09:00'}`;
  if (schedule === undefined)
    return {
      type: 'ask',
      note: `To set up a digest here, say how often; for example: digest subscribe weekly mon 09:00${what}`,
    };
  const args = `${schedule}${what}`;
  const kept = leftOut(u);
  // A digest of more than was asked for would post what nobody wanted: none is set up.
  if (kept.length > 0)
    return {
      type: 'ask',
      note: `A digest cannot filter by ${kept.join(' or ')}, so none was set up. Without it: digest subscribe ${args}`,
    };
  const defaults = [...(schedule.startsWith('weekly') && !day ? ['Monday'] : []), ...(time ? [] : ['09:00'])];
  const reading =
    `Read as: digest subscribe ${args}${schedule.startsWith('cron') ? ' (the 1st of each month)' : ''}.` +
    (defaults.length > 0 ? ` Not said, so ${defaults.join(' at ')}.` : '');
  return { type: 'subscribe', args, reading };
}

/** What is done to a digest, by the verb that says it: "stop the weekly digest", "pause our digests". */
const DIGEST_ACTIONS: readonly [RegExp, 'unsubscribe' | 'pause' | 'resume' | 'list' | 'preview'][] = [
  [
    /\b(?:resume|unpause|un-pause|restart|back\s+on|turn\s+(?:it\s+|them\s+)?on|start\s+(?:it\s+|them\s+)?again)\b/iu,
    'resume',
  ],
  [/\b(?:pause|hold|mute|snooze|suspend)\b/iu, 'pause'],
  [
    /\b(?:stop|cancel|unsubscribe|remove|delete|end|kill|turn\s+off|switch\s+off|get\s+rid\s+of|no\s+more|(?:don['’]?t|do\s+not|no\s+longer)\s+(?:need|want))\b/iu,
    'unsubscribe',
  ],
  [/\b(?:preview|sample|look\s+like)\b/iu, 'preview'],
  [/\b(?:list|which|what|any|show|see|set\s+up|have\s+we|do\s+we\s+have)\b/iu, 'list'],
];

/**
 * A digest named beside what to do with it ("stop the weekly digest", "pause our newsletter",
 * "which digests are set up here?", "turn the monday roundup back on"): that digest command,
 * with the id when one is typed. Undefined when the message names no digest or no action; how
 * digests work ("how do digests work?") is for the digest help.
 */
export function readDigestAction(body: string): { command: DigestCommand; note?: string } | undefined {
  if (!DIGEST_NOUN.test(body) || /\bhow\b/iu.test(body)) return undefined;
  // "who set up this digest?", "when's the next digest?", "what was in last week's digest?".
  if (ASKS_OF_DIGEST.test(body)) {
    const id = DIGEST_ID.exec(body)?.[1]?.toLowerCase();
    return { command: id ? { type: 'info', id } : { type: 'info' } };
  }
  // A digest's schedule or contents are not changed in place: its list, and how to.
  if (CHANGE.test(body)) return { command: { type: 'list' }, note: CHANGE_NOTE };
  const found = DIGEST_ACTIONS.find(([verb]) => verb.test(body));
  if (!found) return undefined;
  const [, type] = found;
  // "which digests …?", "any digests here?": by name only; "any newsletters on open data?" is a search.
  if (type === 'list') return /\bdigests?\b/iu.test(body) ? { command: { type: 'list' } } : undefined;
  const id = DIGEST_ID.exec(body)?.[1]?.toLowerCase();
  const command: DigestCommand = id ? { type, id } : { type };
  // "pause the digest until january": a pause holds no end date, so it lasts until resumed.
  const note = type === 'pause' ? pauseUntilNote(body) : undefined;
  if (note) return { command, note };
  return { command };
}

/** A question one digest answers from what the store keeps: who set it up, its next or last post. */
const ASKS_OF_DIGEST =
  /\bwho\b[^.?!]*\b(?:set|sets|made|make|created?|added?|started?|subscribed?|owns?)\b|\bwhen\b[^.?!]*\b(?:next|go(?:es|ing)?\s+out|posts?|posted|runs?|sent|send|arrives?|comes?|due|set\s+up|created|made)\b|\bwhat\s+(?:was|were|did|came)\b[^.?!]*\b(?:in|post|posted|send|sent|include|included)\b|\b(?:last|previous)\s+(?:week['’]?s|weeks|one|time|post|digest)\b|\bnext\s+(?:one|digest|post|run)\b/iu;

const UNTIL = /\b(?:until|till|til|through|for)\b/iu;
const UNTIL_NOTE =
  'casebot does not resume a digest on a date: it stays paused until someone resumes it (digest resume).';
/** What to say of a pause asked with an end ("until january", "for the holidays"): the store keeps none. */
export function pauseUntilNote(body: string): string | undefined {
  return UNTIL.test(body) ? UNTIL_NOTE : undefined;
}

const CHANGE =
  /\b(?:change|changes|changing|move|switch|edit|update|modify|reschedule|make)\b[^.?!]*\b(?:to|into|instead|from)\b/iu;
const CHANGE_NOTE =
  'A digest is changed by setting up the new one and stopping the old: digest subscribe with the new schedule, then digest unsubscribe with the old one’s id.';

/** A digest in words: "digest", or what a digest is called on a schedule ("the weekly updates"). */
const DIGEST_NOUN =
  /\b(?:digests?|newsletters?|round-?ups?|subscriptions?|(?:weekly|daily|monthly|monday|friday)\s+(?:updates?|posts?|summary|summaries|emails?|reports?))\b/iu;

/** A digest id as casebot writes them: six letters and digits, no 0/o/1/l/i, with a digit. */
const DIGEST_ID = /\b(?=[a-hj-km-np-z2-9]*\d)([a-hj-km-np-z2-9]{6})\b/iu;
