import type { DigestTarget } from './subscription.js';

/** A case as a digest shows it: compact, with its countries spelled out. */
export interface DigestCase {
  id: string;
  title: string;
  /** At most {@link DIGEST_SUMMARY_MAX} characters, cut at a word with "…". */
  summary: string;
  countries: Array<{ code: string; name: string; flag: string }>;
  year?: number;
  url?: string;
}

/**
 * One digest post as plain data; each adapter renders it within its platform's limits and with
 * mentions disabled, so a digest never pings anyone.
 */
export interface DigestMessage {
  /** Adapters put it in the message (text or metadata) so that `findDelivery` can find it. */
  deliveryId: string;
  subscriptionId: string;
  /** `Initiatives digest · Mon 30 Nov 2026 · 🇫🇷 France · topic: health`. */
  heading: string;
  /** The digest's day in the subscription's zone, `YYYY-MM-DD`. */
  date: string;
  /** The filters in words (`🇫🇷 France · topic: health`), or `all initiatives`. */
  filters: string;
  /** Cases added to the knowledge since this channel's last digest, shown under "New". */
  newCases: DigestCase[];
  cases: DigestCase[];
  /** Shown first when the digest is posted after its time (catch-up or crash recovery). */
  notice?: string;
  /** `Digest k3m9xa · every Monday at 09:00 Europe/Paris · stop it with: digest unsubscribe k3m9xa`. */
  footer: string;
  unsubscribeCommand: string;
}

export const DIGEST_SUMMARY_MAX = 200;

export type DigestPostErrorKind = 'rate-limited' | 'transient' | 'permanent';

/**
 * A post that failed, classified by the adapter. `rate-limited` and `transient` are retried
 * with backoff (honouring `retryAfterMs`); `permanent` pauses the subscription with `reason`.
 */
export class DigestPostError extends Error {
  readonly code = 'DIGEST_POST_FAILED';
  readonly kind: DigestPostErrorKind;
  readonly reason: string;
  readonly retryAfterMs?: number;

  constructor(
    kind: DigestPostErrorKind,
    reason: string,
    options: { retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(`digest post failed (${kind}): ${reason}`, { cause: options.cause });
    this.name = 'DigestPostError';
    this.kind = kind;
    this.reason = reason;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
  }
}

/** What an adapter implements so the scheduler can post to its platform. */
export interface DigestPoster {
  /** Posts the digest; throws a {@link DigestPostError} when it cannot. */
  post(target: DigestTarget, message: DigestMessage): Promise<{ messageId: string }>;
  /**
   * Looks for a message carrying `deliveryId` among the channel's messages since `since`, and
   * returns its id: how a delivery interrupted by a crash is found to be already posted.
   * Throws a {@link DigestPostError} when it cannot look.
   */
  findDelivery(target: DigestTarget, deliveryId: string, since: Date): Promise<string | undefined>;
}
