import type { Schedule } from './schedule.js';
import type { Delivery, DeliveryStatus, DigestPlatform, DigestTarget, Subscription } from './subscription.js';

// Rows of the digests tables (see sqlite-migrations.ts) and their mapping to the core's types.
// Times are stored as milliseconds since the epoch.

export interface SubscriptionRow {
  id: string;
  platform: DigestPlatform;
  team_id: string;
  channel_id: string;
  schedule: string;
  timezone: string;
  country: string | null;
  topic: string | null;
  count: number;
  created_by: string | null;
  created_at: number;
  active_since: number;
  paused_by: 'user' | 'error' | null;
  paused_reason: string | null;
  paused_at: number | null;
}

export interface DeliveryRow {
  id: string;
  subscription_id: string;
  platform: DigestPlatform;
  team_id: string;
  channel_id: string;
  scheduled_at: number;
  status: DeliveryStatus;
  late: number;
  case_ids: string;
  new_case_ids: string;
  attempts: number;
  claimed_at: number;
  lease_until: number | null;
  next_attempt_at: number | null;
  last_error_kind: Delivery['lastErrorKind'] | null;
  sent_at: number | null;
  message_id: string | null;
  error: string | null;
}

export function targetOf(row: {
  platform: DigestPlatform;
  team_id: string;
  channel_id: string;
}): DigestTarget {
  return row.team_id === ''
    ? { platform: row.platform, channelId: row.channel_id }
    : { platform: row.platform, teamId: row.team_id, channelId: row.channel_id };
}

/** The channel key columns; an absent team is stored as '' so that UNIQUE and = work on it. */
export function channelKey(target: DigestTarget): [string, string, string] {
  return [target.platform, target.teamId ?? '', target.channelId];
}

export function subscriptionOf(row: SubscriptionRow): Subscription {
  const subscription: Subscription = {
    id: row.id,
    target: targetOf(row),
    schedule: JSON.parse(row.schedule) as Schedule,
    timezone: row.timezone,
    count: row.count,
    createdAt: new Date(row.created_at),
    activeSince: new Date(row.active_since),
  };
  if (row.country !== null) subscription.country = row.country;
  if (row.topic !== null) subscription.topic = row.topic;
  if (row.created_by !== null) subscription.createdBy = row.created_by;
  if (row.paused_by !== null) {
    subscription.paused = {
      by: row.paused_by,
      reason: row.paused_reason ?? '',
      at: new Date(row.paused_at ?? 0),
    };
  }
  return subscription;
}

export function deliveryOf(row: DeliveryRow): Delivery {
  const delivery: Delivery = {
    id: row.id,
    subscriptionId: row.subscription_id,
    target: targetOf(row),
    scheduledAt: new Date(row.scheduled_at),
    status: row.status,
    late: row.late === 1,
    caseIds: JSON.parse(row.case_ids) as string[],
    newCaseIds: JSON.parse(row.new_case_ids) as string[],
    attempts: row.attempts,
    claimedAt: new Date(row.claimed_at),
  };
  if (row.lease_until !== null) delivery.leaseUntil = new Date(row.lease_until);
  if (row.next_attempt_at !== null) delivery.nextAttemptAt = new Date(row.next_attempt_at);
  if (row.last_error_kind !== null) delivery.lastErrorKind = row.last_error_kind;
  if (row.sent_at !== null) delivery.sentAt = new Date(row.sent_at);
  if (row.message_id !== null) delivery.messageId = row.message_id;
  if (row.error !== null) delivery.error = row.error;
  return delivery;
}
