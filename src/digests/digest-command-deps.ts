import type { Logger } from '../logger.js';
import type { DigestStore } from './digest-store.js';
import type { CountryLookup } from './parse-subscription.js';
import type { CaseMatcher } from './pick-digest-cases.js';
import type { DigestTarget } from './subscription.js';

/** What `createDigestHandler` is built from: the store and the settings, no bot. */
export interface DigestHandlerOptions {
  store: DigestStore;
  countries: CountryLookup;
  /** DIGEST_TZ: the zone of schedules that name none. */
  defaultTimezone: string;
  now: () => Date;
  logger: Logger;
  random?: () => number;
  /** Called after a change that moves the next post, so the scheduler re-arms its timer. */
  onChange?: () => void;
}

/** What each `digest …` command works with: the handler's options, the channel and the bot's cases. */
export interface DigestCommandDeps extends DigestHandlerOptions {
  /** The channel the command was given in: it owns the subscriptions the command may see. */
  target: DigestTarget;
  cases: CaseMatcher;
}

/** How to start a digest, in replies that have none to show. */
export const SUBSCRIBE_EXAMPLE = 'digest subscribe weekly mon 09:00 topic health';
