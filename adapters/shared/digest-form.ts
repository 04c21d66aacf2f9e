import {
  getCountry,
  parseSubscription,
  resolveCountry,
  type SubscriptionErrorCode,
  suggestCountries,
} from '../../src/index.js';

/**
 * The parts of `digest subscribe` a digest form asks for. `schedule` is everything before the
 * options (`weekly mon 09:00`, `daily 07:30`, `cron "0 9 * * 1"`); Slack builds it from its
 * selects and time picker, Discord takes it typed.
 */
export type DigestFormField = 'schedule' | 'country' | 'topic' | 'count' | 'tz';
export type DigestFormValues = Record<DigestFormField, string>;

/** One wrong field, with the core's own explanation of what to type. */
export interface DigestFormMistake {
  field: DigestFormField;
  code: SubscriptionErrorCode;
  message: string;
}

export type DigestFormCheck =
  | { type: 'valid'; args: string }
  | { type: 'invalid'; mistakes: DigestFormMistake[] };

const OPTIONS = ['country', 'topic', 'count', 'tz'] as const;
/** A schedule the core always accepts, to check each option on its own. */
const SOUND_SCHEDULE = 'daily 09:00';
/** Where a mistake goes when only the whole form shows it. */
const FIELD_OF_CODE: Partial<Record<SubscriptionErrorCode, DigestFormField>> = {
  'unknown-country': 'country',
  'bad-count': 'count',
  'bad-timezone': 'tz',
};

/** A typed value as one token of `digest subscribe`: quoted, without quotes of its own. */
const quoted = (value: string) => `"${value.replace(/["“”]/g, "'").replace(/\s+/g, ' ').trim()}"`;

function mistakeIn(args: string, now: Date): { code: SubscriptionErrorCode; message: string } | undefined {
  const parsed = parseSubscription(args, {
    // Only whether it parses matters here; the core applies DIGEST_TZ when it subscribes.
    defaultTimezone: 'UTC',
    countries: { resolveCountry, suggestCountries, getCountry },
    now,
  });
  return parsed.type === 'parsed' ? undefined : { code: parsed.error.code, message: parsed.error.message };
}

/**
 * A digest form's answers as the arguments of `digest subscribe`, checked by the core's own
 * parser; or every wrong field, each checked beside a sound schedule so that a person fixes
 * them all in one go rather than one per submit.
 */
export function checkDigestForm(values: DigestFormValues, now: Date): DigestFormCheck {
  const schedule = values.schedule.replace(/\s+/g, ' ').trim();
  const option = (name: (typeof OPTIONS)[number]) => {
    const value = values[name].trim();
    return value === '' ? '' : `${name} ${quoted(value)}`;
  };
  const args = [schedule, ...OPTIONS.map(option)].filter((part) => part !== '').join(' ');
  const whole = mistakeIn(args, now);
  if (whole === undefined) return { type: 'valid', args };
  const mistakes: DigestFormMistake[] = [];
  const inSchedule = mistakeIn(schedule, now);
  if (inSchedule) mistakes.push({ field: 'schedule', ...inSchedule });
  for (const name of OPTIONS) {
    const given = option(name);
    const mistake = given === '' ? undefined : mistakeIn(`${SOUND_SCHEDULE} ${given}`, now);
    if (mistake) mistakes.push({ field: name, ...mistake });
  }
  if (mistakes.length === 0) mistakes.push({ field: FIELD_OF_CODE[whole.code] ?? 'schedule', ...whole });
  return { type: 'invalid', mistakes };
}
