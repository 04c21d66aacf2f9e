import { dayOf } from '../digests/parse-schedule.js';
import { normalizeTimeZone, suggestTimeZones } from '../digests/time-zone.js';
import type { DigestChange } from '../intents/intent.js';
import { getCountry } from '../knowledge/countries/index.js';
import type { Understanding } from './understanding.js';

/** The channel's digest named: "the digest", "our digests", "the weekly roundup". */
const NAMES_DIGEST = /\b(?:digests?|newsletters?|round-?ups?)\b/iu;
/** Done to the digest as a whole: stopped, paused, resumed (read-digest-request.ts). */
const DONE =
  /\b(?:stop|cancel|unsubscribe|pause|resume|unpause|kill|delete|turn\s+(?:it\s+)?(?:off|on)|back\s+on|get\s+rid)\b/iu;
const NAMED_BY_SCHEDULE =
  /\b(?:weekly|daily|monthly|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?=digests?\b|newsletters?\b|round-?ups?\b|updates?\b)/giu;
const FREQUENCIES: readonly [RegExp, NonNullable<DigestChange['every']>][] = [
  [/\b(?:fortnightly|bi-?weekly|every\s+(?:other|second|two|2)\s+weeks?)\b/iu, 'fortnightly'],
  [/\b(?:weekdays|every\s+weekday|work\s*days|monday\s+to\s+friday|mon-fri)\b/iu, 'weekdays'],
  [/\b(?:monthly|every\s+month|once\s+a\s+month)\b/iu, 'monthly'],
  [/\b(?:daily|every\s+day|each\s+day|once\s+a\s+day)\b/iu, 'daily'],
  [/\b(?:weekly|every\s+week|once\s+a\s+week)\b/iu, 'weekly'],
];
const TIME = /\b(?:at\s+)?(\d{1,2})(?:[:h.](\d{2}))?\s*(am|pm)?\b/giu;
const COUNT =
  /\b(?:only|just|to|down\s+to|up\s+to|max|maximum|at\s+most)\s+(\d{1,2})\b|\b(\d{1,2})\s+(?:cases?|per\s+digest|a\s+digest|each\s+time|is\s+enough|will\s+do)\b/iu;
const COUNT_WORDS = /\b(?:cases?|too\s+many|fewer|less|more|per\s+digest|is\s+enough|only|just|count)\b/iu;
const ZONE =
  /\b(?:tz|time\s*zone)\s+(?:to\s+)?([a-z_/]+)|\b(?:in\s+|use\s+)?([a-z]+(?:\s+[a-z]+)?)\s+time\b/iu;
const DROP = /\b(?:drop|remove|without|no\s+longer|take\s+out|any\s+country|all\s+countries|not\s+just)\b/iu;
const TOPIC = /\btopic\s+(?:to\s+|is\s+|as\s+)?([\p{L}\p{N} -]+?)(?:\s+instead)?\s*(?:[.,!?]|$)/iu;

function timeOf(body: string): string | undefined {
  for (const m of body.matchAll(TIME)) {
    // A bare number is a time only after "at" or with am/pm: "at 8", "2pm"; never a count.
    if (!m[3] && !m[2] && !/^at\s/iu.test(m[0])) continue;
    let hour = Number(m[1]);
    if (m[3]?.toLowerCase() === 'pm' && hour < 12) hour += 12;
    if (m[3]?.toLowerCase() === 'am' && hour === 12) hour = 0;
    if (hour > 23) continue;
    return `${String(hour).padStart(2, '0')}:${m[2] ?? '00'}`;
  }
  return undefined;
}

function zoneOf(body: string): string | undefined {
  const m = ZONE.exec(body);
  const text = (m?.[1] ?? m?.[2] ?? '').trim();
  if (text === '' || /^(?:the|same|what|any|this|local|next|last|first|each|every)$/iu.test(text))
    return undefined;
  const words = text.split(/\s+/u);
  for (const candidate of [text, words[words.length - 1] ?? '']) {
    const zone = normalizeTimeZone(candidate) ?? suggestTimeZones(candidate, 1)[0];
    if (zone) return zone;
  }
  return undefined;
}

/**
 * A change to the channel's digest ("move the digest to thursdays", "too many cases in the digest,
 * just 3", "add korea to our digest", "the digest should use paris time"): only what it says, so
 * that the rest of the digest stays. Undefined when the message names no digest or says no change.
 * A topic is set only when one is recognised or named after "topic": other words never become one.
 */
export function readDigestChange(message: string, u: Understanding): DigestChange | undefined {
  if (!NAMES_DIGEST.test(message) || /\b(?:how|what|when|who)\b/iu.test(message) || DONE.test(message))
    return undefined;
  // "the weekly digest", "our monday roundup": which digest, not how often it should be.
  const body = message.replace(NAMED_BY_SCHEDULE, ' ');
  const change: DigestChange = {};
  const every = FREQUENCIES.find(([words]) => words.test(body))?.[1];
  if (every) change.every = every;
  if (every !== 'weekdays')
    for (const word of body.toLowerCase().split(/[^a-z]+/u)) {
      const day = dayOf(word) ?? dayOf(word.replace(/s$/u, ''));
      if (day) {
        change.day = day;
        break;
      }
    }
  const time = timeOf(body);
  if (time) change.time = time;
  const zone = zoneOf(body);
  if (zone) change.timezone = zone;
  const count = COUNT.exec(body);
  if (count && COUNT_WORDS.test(body)) change.count = Number(count[1] ?? count[2]);
  else if (u.count !== undefined) change.count = u.count;
  const code = u.filters.countries?.[0];
  const country = code ? getCountry(code)?.name : undefined;
  if (DROP.test(body) && (country || /\bcountr(?:y|ies)\b/iu.test(body))) change.country = null;
  else if (country && !zone) change.country = country;
  const named = TOPIC.exec(body)?.[1]?.trim();
  if (/\b(?:no|any|all|drop|remove)\s+(?:the\s+)?topics?\b/iu.test(body)) change.topic = null;
  else if (named) change.topic = named;
  else if (u.topicTyped !== undefined && (u.filters.topic || u.filters.topics)) change.topic = u.topicTyped;
  return Object.keys(change).length > 0 ? change : undefined;
}
