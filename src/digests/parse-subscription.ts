import type { Cron } from 'croner';
import { type OptionName, optionOf, parseSchedule, tokenize } from './parse-schedule.js';
import { buildCron, type Schedule } from './schedule.js';
import { DEFAULT_DIGEST_COUNT, MAX_DIGEST_COUNT, type SubscriptionSpec } from './subscription.js';
import {
  SUBSCRIBE_EXAMPLES as EXAMPLES,
  InvalidSubscription,
  invalid,
  type SubscriptionError,
  type SubscriptionErrorCode,
} from './subscription-error.js';
import { normalizeTimeZone, suggestTimeZones } from './time-zone.js';

export type { SubscriptionError, SubscriptionErrorCode };

/** What the digests module needs from the country list (src/knowledge/countries). */
export interface CountryLookup {
  resolveCountry(text: string): string | undefined;
  suggestCountries(text: string, options?: { candidates?: string[]; limit?: number }): string[];
  getCountry(code: string): { code: string; name: string; flag: string } | undefined;
}

/** Digests closer together than this are refused: a channel digest is not a feed. */
export const MIN_DIGEST_INTERVAL_MS = 60 * 60_000;

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
