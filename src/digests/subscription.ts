import type { Schedule } from './schedule.js';

/** The platforms a digest can be posted to (the console has no channels). */
export type DigestPlatform = 'slack' | 'discord';

/** Where a digest goes: one channel of one workspace or server. */
export interface DigestTarget {
  platform: DigestPlatform;
  /** Slack team or Discord guild id, when there is one. */
  teamId?: string;
  channelId: string;
}

/** What a subscription posts and when, as parsed from `digest subscribe …`. */
export interface SubscriptionSpec {
  schedule: Schedule;
  /** IANA zone the schedule is read in, e.g. `Europe/Paris`. */
  timezone: string;
  /** ISO 3166-1 alpha-2 code. */
  country?: string;
  topic?: string;
  /** Cases per digest, 1 to {@link MAX_DIGEST_COUNT}. */
  count: number;
}

/**
 * Why a subscription stopped posting: a user paused it, or the platform refused a post for good
 * (`reason` is the platform's word for it, e.g. `channel_not_found`, `Missing Access`).
 */
export interface SubscriptionPause {
  by: 'user' | 'error';
  reason: string;
  at: Date;
}

export interface Subscription extends SubscriptionSpec {
  /** Short, typeable id, e.g. `k3m9xa`. */
  id: string;
  target: DigestTarget;
  createdBy?: string;
  createdAt: Date;
  /**
   * Slots at or before this instant are never posted: set at creation and on resume, so a
   * resumed subscription does not catch up on what it missed while paused.
   */
  activeSince: Date;
  paused?: SubscriptionPause;
}

/**
 * Where a delivery stands. `claimed`: a process owns it until its lease ends. `retrying`: the
 * last attempt failed in a way worth retrying at `nextAttemptAt`. The other three are final.
 */
export type DeliveryStatus = 'claimed' | 'retrying' | 'sent' | 'failed' | 'skipped';

/** One scheduled slot of one subscription: claimed once, then sent, failed or skipped. */
export interface Delivery {
  /** Put in the posted message, so that crash recovery can find it in the channel. */
  id: string;
  subscriptionId: string;
  target: DigestTarget;
  scheduledAt: Date;
  status: DeliveryStatus;
  /** Posted after its slot: catch-up after downtime, or crash recovery. */
  late: boolean;
  caseIds: string[];
  /** The subset of `caseIds` shown under "New". */
  newCaseIds: string[];
  attempts: number;
  claimedAt: Date;
  leaseUntil?: Date;
  nextAttemptAt?: Date;
  /** The kind of the last failed attempt, which decides how a retry starts. */
  lastErrorKind?: 'rate-limited' | 'transient' | 'permanent';
  sentAt?: Date;
  messageId?: string;
  /** Why it failed or was skipped. */
  error?: string;
}

export const MAX_DIGEST_COUNT = 10;
export const DEFAULT_DIGEST_COUNT = 3;
