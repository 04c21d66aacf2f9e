import { ownValue } from '../own-value.js';
import { type LocalTime, type Schedule, WEEKDAYS, type Weekday } from './schedule.js';
import { SUBSCRIBE_EXAMPLES as EXAMPLES, invalid } from './subscription-error.js';

/** Words that start an option of `digest subscribe`; `timezone` is another name for `tz`. */
export const OPTION_NAMES = {
  country: 'country',
  topic: 'topic',
  count: 'count',
  tz: 'tz',
  timezone: 'tz',
} as const;
export type OptionName = (typeof OPTION_NAMES)[keyof typeof OPTION_NAMES];

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

export interface Token {
  text: string;
  quoted: boolean;
}

/** Splits on spaces, keeping "double", “curly” or 'single' quoted text as one token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /"([^"]*)"?|“([^”]*)”?|'([^']*)'?|(\S+)/g;
  for (const match of text.matchAll(pattern)) {
    const bare = match[4];
    if (bare !== undefined) tokens.push({ text: bare, quoted: false });
    else tokens.push({ text: match[1] ?? match[2] ?? match[3] ?? '', quoted: true });
  }
  return tokens;
}

export function optionOf(token: Token | undefined): OptionName | undefined {
  if (!token || token.quoted) return undefined;
  return ownValue(OPTION_NAMES, token.text.toLowerCase());
}

/** A day of the week as people write it ("mon", "monday", "Thurs"), or undefined. */
export function dayOf(text: string): Weekday | undefined {
  const lower = text.toLowerCase();
  return (WEEKDAYS as readonly string[]).includes(lower) ? (lower as Weekday) : ownValue(DAY_ALIASES, lower);
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

/**
 * Reads the schedule at the start of `digest subscribe`: `daily [time]`, `weekly [day] [time]`
 * (either order) or `cron "<5 fields>"`, and returns the tokens after it.
 */
export function parseSchedule(tokens: Token[]): { schedule: Schedule; rest: Token[] } {
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
