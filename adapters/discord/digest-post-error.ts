import { DiscordAPIError, HTTPError, RateLimitError, RESTJSONErrorCodes } from 'discord.js';
import { DigestPostError } from '../../src/index.js';

/**
 * Discord errors after which posting to the channel cannot work until someone acts (the channel
 * is gone, or casebot may not see or post in it): the subscription is paused with this reason.
 */
export const PERMANENT_ERRORS: ReadonlyMap<number, string> = new Map([
  [RESTJSONErrorCodes.UnknownChannel, 'Unknown Channel'],
  [RESTJSONErrorCodes.MissingAccess, 'Missing Access'],
  [RESTJSONErrorCodes.MissingPermissions, 'Missing Permissions'],
  [RESTJSONErrorCodes.UnknownGuild, 'Unknown Guild'],
  [RESTJSONErrorCodes.CannotSendMessagesToThisUser, 'Cannot send messages to this user'],
  [RESTJSONErrorCodes.CannotExecuteActionOnThisChannelType, 'Cannot post in this type of channel'],
  [RESTJSONErrorCodes.InvalidActionOnArchivedThread, 'The thread is archived'],
  [RESTJSONErrorCodes.ThreadLocked, 'The thread is locked'],
]);

/**
 * Classifies what discord.js threw. Its REST queue has already retried 5xx and timeouts (three
 * times) and waited on short rate limits, so what reaches here is worth the scheduler's backoff.
 */
export function toDigestPostError(err: unknown): DigestPostError {
  if (err instanceof DigestPostError) return err;
  if (err instanceof RateLimitError) {
    const retryAfterMs = Math.max(err.retryAfter, err.timeToReset, err.sublimitTimeout, 0);
    const scope = err.global ? 'global rate limit' : 'rate limited';
    return new DigestPostError('rate-limited', `Discord ${scope} (retry after ${retryAfterMs} ms)`, {
      retryAfterMs,
      cause: err,
    });
  }
  if (err instanceof DiscordAPIError) {
    const permanent = typeof err.code === 'number' ? PERMANENT_ERRORS.get(err.code) : undefined;
    if (permanent) return new DigestPostError('permanent', permanent, { cause: err });
    const reason = `${err.message} (Discord error ${err.code}, HTTP ${err.status})`;
    return new DigestPostError('transient', reason, { cause: err });
  }
  if (err instanceof HTTPError) {
    return new DigestPostError('transient', `Discord answered HTTP ${err.status}`, { cause: err });
  }
  const reason = err instanceof Error ? `could not reach Discord: ${err.message}` : String(err);
  return new DigestPostError('transient', reason, { cause: err });
}
