import type { Cron } from 'croner';
import { buildCron, type LocalTime, type Schedule, WEEKDAYS, type Weekday } from './schedule.js';
import { DEFAULT_DIGEST_COUNT, MAX_DIGEST_COUNT, type SubscriptionSpec } from './subscription.js';
import { normalizeTimeZone, suggestTimeZones } from './time-zone.js';

/** What the digests module needs from the country list (src/knowledge/countries). */
export interface CountryLookup {
  resolveCountry(text: string): string | undefined;
  suggestCountries(text: string, options?: { candidates?: string[]; limit?: number }): string[];
  getCountry(code: string): { code: string; name: string; flag: string } | undefined;
}

/** Digests closer together than this are refused: a channel digest is not a feed. */
export const MIN_DIGEST_INTERVAL_MS = 60 * 60_000;

export type SubscriptionErrorCode =
  | 'missing-schedule'
  | 'unknown-schedule'
  | 'bad-time'
  | 'bad-day'
  | 'missing-cron'
  | 'bad-cron'
  | 'cron-never-runs'
  | 'too-frequent'
  | 'unexpected-text'
  | 'missing-value'
  | 'duplicate-option'
  | 'unknown-country'
  | 'bad-count'
  | 'bad-timezone';

/** A mistake in `digest subscribe …`: what is wrong, and a command that works. */
export interface SubscriptionError {
  code: SubscriptionErrorCode;
  message: string;
  example: string;
  /** Near names for a country or zone that was not recognised. */
  suggestions?: string[];
}

export type SubscriptionParse =
  | { type: 'parsed'; spec: SubscriptionSpec }
  | { type: 'invalid'; error: SubscriptionError };

export interface ParseSubscriptionOptions {
  /** Zone used when the command names none (DIGEST_TZ). */
  defaultTimezone: string;
  countries: CountryLookup;
  /** Reference for the "never runs" and frequency checks of cron schedules. */
  now: Date;
}

const EXAMPLES = {
  schedule: 'digest subscribe weekly mon 09:00 topic health',
  daily: 'digest subscribe daily 08:30',
  cron: 'digest subscribe cron "0 9 * * 1-5"',
  country: 'digest subscribe weekly mon 09:00 country France',
  topic: 'digest subscribe weekly mon 09:00 topic open data',
  count: 'digest subscribe daily 09:00 count 5',
  tz: 'digest subscribe daily 09:00 tz Europe/Paris',
} as const;

const OPTION_NAMES = {
  country: 'country',
  topic: 'topic',
  count: 'count',
  tz: 'tz',
  timezone: 'tz',
} as const;
type OptionName = (typeof OPTION_NAMES)[keyof typeof OPTION_NAMES];

const DAY_ALIASES: Record<string, Weekday> = {
  tues: 'tue',
  thur: 'thu',
  thurs: 'thu',
  monday: 'mon',
  tuesday: 'tue',
  wednesday: 'wed',
  thursday: 'thu',
  friday: 'fri',
  saturday: 'sat',
  sunday: 'sun',
};

interface Token {
  text: string;
  quoted: boolean;
}

/** Unwinds a parse from deep inside; parseSubscription turns it back into a value. */
class InvalidSubscription {
  constructor(readonly error: SubscriptionError) {}
}

function invalid(
  code: SubscriptionErrorCode,
  message: string,
  example: string,
  suggestions?: string[],
): never {
  throw new InvalidSubscription(
    suggestions ? { code, message, example, suggestions } : { code, message, example },
  );
}

/** Splits on spaces, keeping "double", “curly” or 'single' quoted text as one token. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /"([^"]*)"?|“([^”]*)”?|'([^']*)'?|(\S+)/g;
  for (const match of text.matchAll(pattern)) {
    const bare = match[4];
    if (bare !== undefined) tokens.push({ text: bare, quoted: false });
    else tokens.push({ text: match[1] ?? match[2] ?? match[3] ?? '', quoted: true });
  }
  return tokens;
}

function optionOf(token: Token | undefined): OptionName | undefined {
  if (!token || token.quoted) return undefined;
  return OPTION_NAMES[token.text.toLowerCase() as keyof typeof OPTION_NAMES];
}

function dayOf(text: string): Weekday | undefined {
  const lower = text.toLowerCase();
  return (WEEKDAYS as readonly string[]).includes(lower) ? (lower as Weekday) : DAY_ALIASES[lower];
}

/** `09:00`, `9:30`, `9h30`, `9`, `9am`, `6:15pm`. */
function parseTime(text: string, example: string): LocalTime {
  const match = /^(\d{1,2})(?:[:h.](\d{2}))?\s*(am|pm)?$/i.exec(text);
  const bad = () =>
    invalid('bad-time', `"${text}" is not a time of day: use 24-hour HH:MM, like 09:00 or 17:30.`, example);
  if (!match) return bad();
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  const half = match[3]?.toLowerCase();
  if (half) {
    if (hour < 1 || hour > 12) return bad();
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return bad();
  return { hour, minute };
}

function parseSchedule(tokens: Token[]): { schedule: Schedule; rest: Token[] } {
  const [first, ...rest] = tokens;
  if (!first) {
    return invalid('missing-schedule', 'Say when to post: daily, weekly or cron.', EXAMPLES.schedule);
  }
  const kind = first.text.toLowerCase();
  if (kind === 'daily') {
    const next = rest[0];
    if (!next || optionOf(next)) return { schedule: { type: 'daily', time: { hour: 9, minute: 0 } }, rest };
    return { schedule: { type: 'daily', time: parseTime(next.text, EXAMPLES.daily) }, rest: rest.slice(1) };
  }
  if (kind === 'weekly') {
    let day: Weekday | undefined;
    let time: LocalTime | undefined;
    let used = 0;
    for (const token of rest.slice(0, 2)) {
      if (optionOf(token)) break;
      const asDay = dayOf(token.text);
      if (asDay && !day) day = asDay;
      else if (/^\d/.test(token.text) && !time) time = parseTime(token.text, EXAMPLES.schedule);
      else if (/^[a-z]+$/i.test(token.text) && !day) {
        invalid(
          'bad-day',
          `"${token.text}" is not a day of the week: use mon, tue, wed, thu, fri, sat or sun.`,
          EXAMPLES.schedule,
        );
      } else break;
      used += 1;
    }
    const schedule: Schedule = { type: 'weekly', day: day ?? 'mon', time: time ?? { hour: 9, minute: 0 } };
    return { schedule, rest: rest.slice(used) };
  }
  if (kind === 'cron') {
    const next = rest[0];
    if (next?.quoted)
      return { schedule: { type: 'cron', expression: next.text.trim() }, rest: rest.slice(1) };
    const end = rest.findIndex((token) => optionOf(token));
    const fields = end === -1 ? rest : rest.slice(0, end);
    if (fields.length === 0) {
      invalid('missing-cron', 'Give the cron expression in quotes after "cron".', EXAMPLES.cron);
    }
    return {
      schedule: { type: 'cron', expression: fields.map((token) => token.text).join(' ') },
      rest: rest.slice(fields.length),
    };
  }
  if (dayOf(kind) || /^\d/.test(kind)) {
    return invalid(
      'unknown-schedule',
      `Start with daily, weekly or cron before "${first.text}".`,
      EXAMPLES.schedule,
    );
  }
  return invalid(
    'unknown-schedule',
    `"${first.text}" is not a schedule: use daily, weekly or cron.`,
    EXAMPLES.schedule,
  );
}

function checkCron(schedule: Schedule, timezone: string, now: Date): void {
  if (schedule.type !== 'cron') return;
  let cron: Cron;
  try {
    cron = buildCron(schedule, timezone);
  } catch (err) {
    const why = err instanceof Error ? err.message.replace(/^Cron\w*:\s*/, '') : String(err);
    invalid('bad-cron', `"${schedule.expression}" is not a 5-field cron expression (${why}).`, EXAMPLES.cron);
  }
  const runs = cron.nextRuns(25, now);
  if (runs.length === 0) {
    invalid('cron-never-runs', `"${schedule.expression}" never runs.`, EXAMPLES.cron);
  }
  for (let i = 1; i < runs.length; i += 1) {
    const gap = runs[i]!.getTime() - runs[i - 1]!.getTime();
    if (gap < MIN_DIGEST_INTERVAL_MS) {
      invalid(
        'too-frequent',
        `"${schedule.expression}" posts more than once an hour; digests can be hourly at most.`,
        EXAMPLES.cron,
      );
    }
  }
}

function applyOption(
  spec: Partial<SubscriptionSpec>,
  name: OptionName,
  value: string,
  options: ParseSubscriptionOptions,
) {
  switch (name) {
    case 'country': {
      const code = options.countries.resolveCountry(value);
      if (!code) {
        const near = options.countries
          .suggestCountries(value, { limit: 3 })
          .map((suggestion) => options.countries.getCountry(suggestion)?.name ?? suggestion);
        const hint = near.length > 0 ? ` Did you mean ${near.join(', ')}?` : '';
        return invalid(
          'unknown-country',
          `I don't know the country "${value}".${hint}`,
          EXAMPLES.country,
          near,
        );
      }
      spec.country = code;
      return;
    }
    case 'topic':
      spec.topic = value;
      return;
    case 'count': {
      const count = /^\d+$/.test(value) ? Number(value) : Number.NaN;
      if (!(count >= 1 && count <= MAX_DIGEST_COUNT)) {
        return invalid(
          'bad-count',
          `count must be a whole number from 1 to ${MAX_DIGEST_COUNT}, not "${value}".`,
          EXAMPLES.count,
        );
      }
      spec.count = count;
      return;
    }
    case 'tz': {
      const zone = normalizeTimeZone(value);
      if (!zone) {
        const near = suggestTimeZones(value);
        const hint =
          near.length > 0
            ? ` Did you mean ${near.join(', ')}?`
            : ' Use an IANA zone name such as Europe/Paris.';
        return invalid('bad-timezone', `"${value}" is not a time zone I know.${hint}`, EXAMPLES.tz, near);
      }
      spec.timezone = zone;
      return;
    }
    default: {
      const unknown: never = name;
      throw new Error(`unknown option ${String(unknown)}`);
    }
  }
}

/**
 * Reads the arguments of `digest subscribe`:
 * `<schedule> [country <name>] [topic <words>] [count <1-10>] [tz <IANA zone>]`, where
 * `<schedule>` is `daily [HH:MM]`, `weekly [day] [HH:MM]` or `cron "<5 fields>"`. Total: a
 * mistake comes back as a value with a stable code, never as an exception.
 */
export function parseSubscription(args: string, options: ParseSubscriptionOptions): SubscriptionParse {
  try {
    const { schedule, rest } = parseSchedule(tokenize(args));
    const spec: Partial<SubscriptionSpec> = {};
    const seen = new Set<OptionName>();
    let i = 0;
    while (i < rest.length) {
      const name = optionOf(rest[i]);
      if (!name) {
        const text = rest
          .slice(i)
          .map((token) => token.text)
          .join(' ');
        invalid(
          'unexpected-text',
          `I don't understand "${text}": options are country, topic, count and tz.`,
          EXAMPLES.topic,
        );
      }
      if (seen.has(name))
        invalid('duplicate-option', `${name} is given twice; give it once.`, EXAMPLES.topic);
      seen.add(name);
      let end = i + 1;
      while (end < rest.length && !optionOf(rest[end])) end += 1;
      const value = rest
        .slice(i + 1, end)
        .map((token) => token.text)
        .join(' ')
        .trim();
      if (value === '') invalid('missing-value', `${name} needs a value.`, EXAMPLES[name]);
      applyOption(spec, name, value, options);
      i = end;
    }
    const timezone = spec.timezone ?? options.defaultTimezone;
    checkCron(schedule, timezone, options.now);
    const parsed: SubscriptionSpec = { schedule, timezone, count: spec.count ?? DEFAULT_DIGEST_COUNT };
    if (spec.country) parsed.country = spec.country;
    if (spec.topic) parsed.topic = spec.topic;
    return { type: 'parsed', spec: parsed };
  } catch (err) {
    if (err instanceof InvalidSubscription) return { type: 'invalid', error: err.error };
    throw err;
  }
}
