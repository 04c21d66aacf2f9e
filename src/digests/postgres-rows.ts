import type { Schedule } from './schedule.js';
import { targetOf } from './sqlite-rows.js';
import type { Delivery, DeliveryStatus, DigestPlatform, Subscription } from './subscription.js';

// Rows of the digests tables in PostgreSQL (src/store/postgres-migrations.ts): instants arrive as
// Dates (timestamptz), case lists as arrays, flags as booleans.

export interface PgSubscriptionRow {
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
  created_at: Date;
  active_since: Date;
  paused_by: 'user' | 'error' | null;
  paused_reason: string | null;
  paused_at: Date | null;
}

export interface PgDeliveryRow {
  id: string;
  subscription_id: string;
  platform: DigestPlatform;
  team_id: string;
  channel_id: string;
  scheduled_at: Date;
  status: DeliveryStatus;
  late: boolean;
  case_ids: string[];
  new_case_ids: string[];
  attempts: number;
  claimed_at: Date;
  lease_until: Date | null;
  next_attempt_at: Date | null;
  last_error_kind: Delivery['lastErrorKind'] | null;
  sent_at: Date | null;
  message_id: string | null;
  error: string | null;
}

export function pgSubscriptionOf(row: PgSubscriptionRow): Subscription {
  const subscription: Subscription = {
    id: row.id,
    target: targetOf(row),
    schedule: JSON.parse(row.schedule) as Schedule,
    timezone: row.timezone,
    count: row.count,
    createdAt: row.created_at,
    activeSince: row.active_since,
  };
  if (row.country !== null) subscription.country = row.country;
  if (row.topic !== null) subscription.topic = row.topic;
  if (row.created_by !== null) subscription.createdBy = row.created_by;
  if (row.paused_by !== null) {
    subscription.paused = {
      by: row.paused_by,
      reason: row.paused_reason ?? '',
      at: row.paused_at ?? new Date(0),
    };
  }
  return subscription;
}

export function pgDeliveryOf(row: PgDeliveryRow): Delivery {
  const delivery: Delivery = {
    id: row.id,
    subscriptionId: row.subscription_id,
    target: targetOf(row),
    scheduledAt: row.scheduled_at,
    status: row.status,
    late: row.late,
    caseIds: row.case_ids,
    newCaseIds: row.new_case_ids,
    attempts: row.attempts,
    claimedAt: row.claimed_at,
  };
  if (row.lease_until !== null) delivery.leaseUntil = row.lease_until;
  if (row.next_attempt_at !== null) delivery.nextAttemptAt = row.next_attempt_at;
  if (row.last_error_kind !== null) delivery.lastErrorKind = row.last_error_kind;
  if (row.sent_at !== null) delivery.sentAt = row.sent_at;
  if (row.message_id !== null) delivery.messageId = row.message_id;
  if (row.error !== null) delivery.error = row.error;
  return delivery;
}
