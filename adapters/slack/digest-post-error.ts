import { webApi } from '@slack/bolt';
import { DigestPostError } from '../../src/index.js';

/**
 * Slack errors after which posting to the channel cannot work until someone acts: the channel
 * is gone or archived, casebot is not in it or may not post there, its token or scopes are
 * wrong, or the request itself is malformed (a bug that a retry would only repeat). The
 * subscription is paused with the error code as its reason; `digest resume` restarts it.
 */
export const PERMANENT_SLACK_ERRORS: ReadonlySet<string> = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'missing_scope',
  'no_permission',
  'access_denied',
  'not_allowed_token_type',
  'org_login_required',
  'two_factor_setup_required',
  'ekm_access_denied',
  'team_access_not_granted',
  'enterprise_is_restricted',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  'messages_tab_disabled',
  'method_deprecated',
  'deprecated_endpoint',
  'invalid_blocks',
  'invalid_blocks_format',
  'msg_too_long',
  'no_text',
  'too_many_attachments',
  'invalid_arguments',
  'invalid_arg_name',
  'invalid_array_arg',
  'invalid_charset',
  'invalid_form_data',
  'invalid_post_type',
  'missing_post_type',
]);

/** Slack's own words for "slow down" when it answers 200 with `ok: false` instead of a 429. */
const RATE_LIMIT_ERRORS: ReadonlySet<string> = new Set([
  'ratelimited',
  'rate_limited',
  'message_limit_exceeded',
]);

function hasCode(err: unknown): err is Error & { code: string } {
  return err instanceof Error && typeof (err as { code?: unknown }).code === 'string';
}

/**
 * Classifies what the digest's Web API client threw (it makes one attempt per call: see
 * digest-poster.ts). A 429 carries Retry-After; Slack's server errors, network failures and
 * timeouts are transient. A platform error that is neither known permanent nor a rate limit
 * is treated as transient: that slot is retried and at worst marked failed, while the
 * subscription stays on, since pausing on a code we do not know could stop a digest for good
 * over a passing problem.
 */
export function toDigestPostError(err: unknown): DigestPostError {
  if (err instanceof DigestPostError) return err;
  if (!hasCode(err)) {
    const reason = err instanceof Error ? err.message : String(err);
    return new DigestPostError('transient', `Slack call failed: ${reason}`, { cause: err });
  }
  const { ErrorCode } = webApi;
  switch (err.code) {
    case ErrorCode.RateLimitedError: {
      const seconds = (err as webApi.WebAPIRateLimitedError).retryAfter;
      return new DigestPostError('rate-limited', `Slack rate limit (retry after ${seconds} s)`, {
        retryAfterMs: Math.max(0, seconds) * 1000,
        cause: err,
      });
    }
    case ErrorCode.PlatformError: {
      const code = (err as webApi.WebAPIPlatformError).data.error;
      if (PERMANENT_SLACK_ERRORS.has(code)) return new DigestPostError('permanent', code, { cause: err });
      if (RATE_LIMIT_ERRORS.has(code)) return new DigestPostError('rate-limited', code, { cause: err });
      return new DigestPostError('transient', code, { cause: err });
    }
    case ErrorCode.HTTPError: {
      const status = (err as webApi.WebAPIHTTPError).statusCode;
      return new DigestPostError('transient', `Slack answered HTTP ${status}`, { cause: err });
    }
    case ErrorCode.RequestError: {
      const original = (err as webApi.WebAPIRequestError).original;
      const timedOut = original.name === 'TimeoutError' || original.name === 'AbortError';
      const cause = (original as { cause?: { code?: unknown } }).cause?.code;
      const detail = typeof cause === 'string' ? `${original.message} (${cause})` : original.message;
      const reason = timedOut ? 'Slack did not answer in time' : `could not reach Slack: ${detail}`;
      return new DigestPostError('transient', reason, { cause: err });
    }
    default:
      return new DigestPostError('transient', `Slack call failed: ${err.message}`, { cause: err });
  }
}
