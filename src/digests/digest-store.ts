import type {
  Delivery,
  DeliveryStatus,
  DigestTarget,
  Subscription,
  SubscriptionPause,
  SubscriptionSpec,
} from './subscription.js';

/** A slot being claimed: the delivery row as it starts, owned by the claimer until `leaseUntil`. */
export interface NewDelivery {
  id: string;
  subscriptionId: string;
  target: DigestTarget;
  scheduledAt: Date;
  /** `claimed` to post it now; `skipped` to record a slot that will not be posted (with `error`). */
  status: Extract<DeliveryStatus, 'claimed' | 'skipped'>;
  late: boolean;
  caseIds: string[];
  newCaseIds: string[];
  claimedAt: Date;
  leaseUntil?: Date;
  error?: string;
}

/**
 * Where digests keep their state. The core owns this contract so that the scheduler works with
 * any database; SQLite (sqlite-digest-store.ts) is the one casebot ships. Every method is async
 * for the sake of stores that are.
 *
 * Exactly-once rests on two guarantees an implementation must give across processes:
 * `claimSlot` succeeds for one caller per (subscription, scheduled time), and `takeDelivery`
 * hands a due delivery to one caller only.
 */
export interface DigestStore {
  /** Adds a subscription; false when its id is taken. */
  createSubscription(subscription: Subscription): Promise<boolean>;
  getSubscription(id: string): Promise<Subscription | undefined>;
  /** Subscriptions, oldest first; of one channel with `target`, only unpaused with `active`. */
  listSubscriptions(filter?: { target?: DigestTarget; active?: boolean }): Promise<Subscription[]>;
  /** Removes a subscription; its deliveries stay as history. False when there was none. */
  deleteSubscription(id: string): Promise<boolean>;
  pauseSubscription(id: string, pause: SubscriptionPause): Promise<boolean>;
  /** Sets what it posts and when, keeping its id, channel, history and pause. False when there was none. */
  updateSubscription(id: string, spec: SubscriptionSpec): Promise<boolean>;
  /** Clears the pause and sets `activeSince`, so slots missed while paused are not posted. */
  resumeSubscription(id: string, at: Date): Promise<boolean>;

  /** Inserts the delivery unless its (subscription, scheduled time) exists: true if this call won. */
  claimSlot(delivery: NewDelivery): Promise<boolean>;
  /** The latest scheduled time with a delivery of any status. */
  lastScheduledAt(subscriptionId: string): Promise<Date | undefined>;
  /** The delivery of the latest slot. */
  lastDelivery(subscriptionId: string): Promise<Delivery | undefined>;
  getDelivery(id: string): Promise<Delivery | undefined>;
  /** Claims whose lease ended (their process died or hung) and retries whose time came. */
  dueDeliveries(now: Date): Promise<Delivery[]>;
  /** The earliest lease end or retry time among unfinished deliveries. */
  nextPendingAt(): Promise<Date | undefined>;
  /**
   * Takes a due delivery for one more attempt (counted in `attempts`) until `leaseUntil`;
   * undefined when it is no longer due, e.g. another process took it first.
   */
  takeDelivery(id: string, now: Date, leaseUntil: Date): Promise<Delivery | undefined>;
  /** Marks it sent and adds its cases to the channel's history, atomically. */
  markSent(id: string, result: { messageId: string; sentAt: Date; late: boolean }): Promise<void>;
  markRetrying(
    id: string,
    failure: { error: string; kind: 'rate-limited' | 'transient'; nextAttemptAt: Date },
  ): Promise<void>;
  markFailed(id: string, failure: { error: string; kind?: Delivery['lastErrorKind'] }): Promise<void>;
  markSkipped(id: string, reason: string): Promise<void>;

  /** For each case the channel received, the rank of its latest post (higher is later). */
  channelHistory(target: DigestTarget): Promise<Map<string, number>>;
  /** When the channel's latest digest was posted. */
  lastChannelDigestAt(target: DigestTarget): Promise<Date | undefined>;
  /** Adds the cases not seen before with `seenAt` as their first-seen time; returns how many. */
  recordCases(caseIds: readonly string[], seenAt: Date): Promise<number>;
  /** First-seen times (ms) of the given cases that have one. */
  caseFirstSeen(caseIds: readonly string[]): Promise<Map<string, number>>;
  close(): Promise<void>;
}
