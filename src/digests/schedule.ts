import { Cron } from 'croner';
import { describeCron } from './describe-cron.js';

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const WEEKDAY_NAMES: Record<Weekday, string> = {
  sun: 'Sunday',
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
};

/** A wall-clock time of day, read in the subscription's zone. */
export interface LocalTime {
  hour: number;
  minute: number;
}

/**
 * When a subscription posts. `daily` and `weekly` name one time of day, so croner treats them as
 * fixed-time jobs across daylight-saving changes: a time that does not exist on a spring-forward
 * day (02:30 in Paris on 29 Mar 2026) posts when the clock has jumped (03:00), and a time that
 * occurs twice on a fall-back day posts once, at its first occurrence. A `cron` expression
 * follows croner's rules: a single minute and hour behave the same way, while ranges, lists and
 * steps skip times in the gap and run on both occurrences of a repeated time.
 */
export type Schedule =
  | { type: 'daily'; time: LocalTime }
  | { type: 'weekly'; day: Weekday; time: LocalTime }
  | { type: 'cron'; expression: string };

/** `09:05`. */
export function formatLocalTime(time: LocalTime): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

/** The 5-field cron pattern a schedule runs on. */
export function cronPatternOf(schedule: Schedule): string {
  switch (schedule.type) {
    case 'daily':
      return `${schedule.time.minute} ${schedule.time.hour} * * *`;
    case 'weekly':
      return `${schedule.time.minute} ${schedule.time.hour} * * ${WEEKDAYS.indexOf(schedule.day)}`;
    case 'cron':
      return schedule.expression;
    default: {
      const unknown: never = schedule;
      throw new Error(`unknown schedule ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * A croner job that never runs by itself: the scheduler only asks it for times. Throws on a bad
 * pattern or zone; user input is validated before it gets here (see parseSubscription).
 */
export function buildCron(schedule: Schedule, timezone: string): Cron {
  return new Cron(cronPatternOf(schedule), { timezone, paused: true, mode: '5-part' });
}

/** The first slot strictly after `after`, or undefined if the schedule never runs again. */
export function nextRunAfter(schedule: Schedule, timezone: string, after: Date): Date | undefined {
  return buildCron(schedule, timezone).nextRun(after) ?? undefined;
}

/** The latest slot at or before `at`, or undefined if there is none. */
export function latestRunAtOrBefore(schedule: Schedule, timezone: string, at: Date): Date | undefined {
  // croner's previousRuns excludes a run exactly at the reference; slots are whole minutes.
  return buildCron(schedule, timezone).previousRuns(1, new Date(at.getTime() + 1))[0];
}

/**
 * Slots in (`after`, `until`], oldest first, at most `limit` of them (the oldest ones).
 */
export function runsBetween(
  schedule: Schedule,
  timezone: string,
  after: Date,
  until: Date,
  limit: number,
): Date[] {
  const cron = buildCron(schedule, timezone);
  const runs: Date[] = [];
  let cursor: Date | null = cron.nextRun(after);
  while (cursor && cursor.getTime() <= until.getTime() && runs.length < limit) {
    runs.push(cursor);
    cursor = cron.nextRun(cursor);
  }
  return runs;
}

/** The schedule in words: `every Monday at 09:00 Europe/Paris`. */
export function describeSchedule(schedule: Schedule, timezone: string): string {
  switch (schedule.type) {
    case 'daily':
      return `every day at ${formatLocalTime(schedule.time)} ${timezone}`;
    case 'weekly':
      return `every ${WEEKDAY_NAMES[schedule.day]} at ${formatLocalTime(schedule.time)} ${timezone}`;
    case 'cron': {
      // "weekdays at 08:00 UTC": a schedule people can name is said in words, never as cron.
      const words = describeCron(schedule.expression);
      return words ? `${words} ${timezone}` : `on cron "${schedule.expression}" ${timezone}`;
    }
    default: {
      const unknown: never = schedule;
      throw new Error(`unknown schedule ${JSON.stringify(unknown)}`);
    }
  }
}
