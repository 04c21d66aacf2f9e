/** Stable codes of the mistakes `digest subscribe` can report; tests and adapters rely on them. */
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

/** Commands that work, one per kind of mistake, offered with the error. */
export const SUBSCRIBE_EXAMPLES = {
  schedule: 'digest subscribe weekly mon 09:00 topic health',
  daily: 'digest subscribe daily 08:30',
  cron: 'digest subscribe cron "0 9 * * 1-5"',
  country: 'digest subscribe weekly mon 09:00 country France',
  topic: 'digest subscribe weekly mon 09:00 topic open data',
  count: 'digest subscribe daily 09:00 count 5',
  tz: 'digest subscribe daily 09:00 tz Europe/Paris',
} as const;

/**
 * Unwinds a parse from deep inside. Thrown only within the parser: parseSubscription turns it
 * back into a value, so no caller ever sees it.
 */
export class InvalidSubscription {
  constructor(readonly error: SubscriptionError) {}
}

export function invalid(
  code: SubscriptionErrorCode,
  message: string,
  example: string,
  suggestions?: string[],
): never {
  throw new InvalidSubscription(
    suggestions ? { code, message, example, suggestions } : { code, message, example },
  );
}
