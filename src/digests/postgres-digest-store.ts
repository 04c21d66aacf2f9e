import type { PostgresDb } from '../store/postgres-pool.js';
import type { DigestStore } from './digest-store.js';
import {
  type PgDeliveryRow,
  type PgSubscriptionRow,
  pgDeliveryOf,
  pgSubscriptionOf,
} from './postgres-rows.js';
import { channelKey } from './sqlite-rows.js';

/** Claims whose lease ended and retries whose time came, at the instant in parameter `now`. */
const due = (now: string) =>
  `((status = 'claimed' AND lease_until <= ${now}) OR (status = 'retrying' AND next_attempt_at <= ${now}))`;

/**
 * The digest store in PostgreSQL, for replicas sharing one database. Exactly-once rests on the
 * same two guarantees as in SQLite: `claimSlot` inserts under UNIQUE (subscription, slot), and
 * `takeDelivery` updates a row only while it is due, skipping a row another replica is taking.
 * `close()` ends `db`.
 */
export function createPostgresDigestStore(db: PostgresDb): DigestStore {
  async function at(text: string, values: unknown[]): Promise<Date | undefined> {
    const [row] = await db.rows<{ at: Date | null }>(text, values);
    return row?.at ?? undefined;
  }

  return {
    async createSubscription(s) {
      const added = await db.count(
        `INSERT INTO subscriptions (id, platform, team_id, channel_id, schedule, timezone, country, topic,
            count, created_by, created_at, active_since) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
          ON CONFLICT (id) DO NOTHING`,
        [
          s.id,
          ...channelKey(s.target),
          JSON.stringify(s.schedule),
          s.timezone,
          s.country ?? null,
          s.topic ?? null,
          s.count,
          s.createdBy ?? null,
          s.createdAt,
          s.activeSince,
        ],
      );
      return added === 1;
    },
    async getSubscription(id) {
      const [row] = await db.rows<PgSubscriptionRow>('SELECT * FROM subscriptions WHERE id = $1', [id]);
      return row ? pgSubscriptionOf(row) : undefined;
    },
    async listSubscriptions(filter = {}) {
      const [platform, teamId, channelId] = filter.target ? channelKey(filter.target) : [null, null, null];
      const rows = await db.rows<PgSubscriptionRow>(
        `SELECT * FROM subscriptions WHERE ($1::text IS NULL OR (platform = $1 AND team_id = $2 AND channel_id = $3))
          AND (NOT $4 OR paused_by IS NULL) ORDER BY created_at, id COLLATE "C"`,
        [platform, teamId, channelId, filter.active === true],
      );
      return rows.map(pgSubscriptionOf);
    },
    async deleteSubscription(id) {
      return (await db.count('DELETE FROM subscriptions WHERE id = $1', [id])) === 1;
    },
    async updateSubscription(id, spec) {
      const updated = await db.count(
        'UPDATE subscriptions SET schedule = $2, timezone = $3, country = $4, topic = $5, count = $6 WHERE id = $1',
        [
          id,
          JSON.stringify(spec.schedule),
          spec.timezone,
          spec.country ?? null,
          spec.topic ?? null,
          spec.count,
        ],
      );
      return updated === 1;
    },
    async pauseSubscription(id, pause) {
      const paused = await db.count(
        'UPDATE subscriptions SET paused_by = $2, paused_reason = $3, paused_at = $4 WHERE id = $1',
        [id, pause.by, pause.reason, pause.at],
      );
      return paused === 1;
    },
    async resumeSubscription(id, resumedAt) {
      const resumed = await db.count(
        `UPDATE subscriptions SET paused_by = NULL, paused_reason = NULL, paused_at = NULL, active_since = $2
          WHERE id = $1`,
        [id, resumedAt],
      );
      return resumed === 1;
    },
    async claimSlot(d) {
      // DO NOTHING without a target covers both the id and UNIQUE (subscription_id, scheduled_at).
      const claimed = await db.count(
        `INSERT INTO deliveries (id, subscription_id, platform, team_id, channel_id, scheduled_at, status,
            late, case_ids, new_case_ids, attempts, claimed_at, lease_until, error)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT DO NOTHING`,
        [
          d.id,
          d.subscriptionId,
          ...channelKey(d.target),
          d.scheduledAt,
          d.status,
          d.late,
          d.caseIds,
          d.newCaseIds,
          d.status === 'claimed' ? 1 : 0,
          d.claimedAt,
          d.leaseUntil ?? null,
          d.error ?? null,
        ],
      );
      return claimed === 1;
    },
    async lastScheduledAt(subscriptionId) {
      return at('SELECT MAX(scheduled_at) AS at FROM deliveries WHERE subscription_id = $1', [
        subscriptionId,
      ]);
    },
    async lastDelivery(subscriptionId) {
      const [row] = await db.rows<PgDeliveryRow>(
        'SELECT * FROM deliveries WHERE subscription_id = $1 ORDER BY scheduled_at DESC LIMIT 1',
        [subscriptionId],
      );
      return row ? pgDeliveryOf(row) : undefined;
    },
    async getDelivery(id) {
      const [row] = await db.rows<PgDeliveryRow>('SELECT * FROM deliveries WHERE id = $1', [id]);
      return row ? pgDeliveryOf(row) : undefined;
    },
    async dueDeliveries(now) {
      const rows = await db.rows<PgDeliveryRow>(
        `SELECT * FROM deliveries WHERE ${due('$1')} ORDER BY scheduled_at, id COLLATE "C"`,
        [now],
      );
      return rows.map(pgDeliveryOf);
    },
    async nextPendingAt() {
      return at(
        `SELECT MIN(CASE status WHEN 'claimed' THEN lease_until ELSE next_attempt_at END) AS at FROM deliveries
          WHERE status IN ('claimed', 'retrying')`,
        [],
      );
    },
    async takeDelivery(id, now, leaseUntil) {
      // SKIP LOCKED: while another replica is taking this row, give up at once rather than wait for it.
      const [row] = await db.rows<PgDeliveryRow>(
        `UPDATE deliveries SET status = 'claimed', lease_until = $3, attempts = attempts + 1
          WHERE id = (SELECT id FROM deliveries WHERE id = $1 AND ${due('$2')} FOR UPDATE SKIP LOCKED)
          RETURNING *`,
        [id, now, leaseUntil],
      );
      return row ? pgDeliveryOf(row) : undefined;
    },
    async markSent(id, result) {
      await db.transaction(async (sql) => {
        const [row] = await sql.rows<
          Pick<PgDeliveryRow, 'platform' | 'team_id' | 'channel_id' | 'case_ids' | 'new_case_ids'>
        >(
          `UPDATE deliveries SET status = 'sent', message_id = $2, sent_at = $3, late = $4, error = NULL,
            lease_until = NULL, next_attempt_at = NULL WHERE id = $1
            RETURNING platform, team_id, channel_id, case_ids, new_case_ids`,
          [id, result.messageId, result.sentAt, result.late],
        );
        if (!row) return;
        const key = [row.platform, row.team_id, row.channel_id];
        // Ranks count up per channel: two replicas posting to one channel take turns here.
        await sql.rows('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
          `casebot-channel ${key.join(' ')}`,
        ]);
        await sql.count(
          `INSERT INTO channel_cases (platform, team_id, channel_id, case_id, rank, sent_at)
            SELECT DISTINCT ON (c.case_id) $1, $2, $3, c.case_id, top.rank + c.i, $5
            FROM unnest($4::text[]) WITH ORDINALITY AS c(case_id, i),
              (SELECT COALESCE(MAX(rank), 0) AS rank FROM channel_cases
                WHERE platform = $1 AND team_id = $2 AND channel_id = $3) AS top
            ORDER BY c.case_id, c.i DESC
          ON CONFLICT (platform, team_id, channel_id, case_id) DO UPDATE SET rank = EXCLUDED.rank, sent_at = EXCLUDED.sent_at`,
          [...key, [...row.new_case_ids, ...row.case_ids], result.sentAt],
        );
      });
    },
    async markRetrying(id, failure) {
      await db.count(
        `UPDATE deliveries SET status = 'retrying', error = $2, last_error_kind = $3, next_attempt_at = $4,
          lease_until = NULL WHERE id = $1 AND status = 'claimed'`,
        [id, failure.error, failure.kind, failure.nextAttemptAt],
      );
    },
    async markFailed(id, failure) {
      await db.count(
        `UPDATE deliveries SET status = 'failed', error = $2, last_error_kind = COALESCE($3, last_error_kind),
          lease_until = NULL, next_attempt_at = NULL WHERE id = $1 AND status = 'claimed'`,
        [id, failure.error, failure.kind ?? null],
      );
    },
    async markSkipped(id, reason) {
      await db.count(
        `UPDATE deliveries SET status = 'skipped', error = $2, lease_until = NULL, next_attempt_at = NULL
          WHERE id = $1 AND status = 'claimed'`,
        [id, reason],
      );
    },
    async channelHistory(target) {
      const rows = await db.rows<{ case_id: string; rank: number }>(
        'SELECT case_id, rank FROM channel_cases WHERE platform = $1 AND team_id = $2 AND channel_id = $3',
        channelKey(target),
      );
      return new Map(rows.map((row) => [row.case_id, row.rank]));
    },
    async lastChannelDigestAt(target) {
      return at(
        `SELECT MAX(sent_at) AS at FROM deliveries
          WHERE status = 'sent' AND platform = $1 AND team_id = $2 AND channel_id = $3`,
        channelKey(target),
      );
    },
    async recordCases(caseIds, seenAt) {
      return db.count(
        `INSERT INTO known_cases (case_id, first_seen_at) SELECT DISTINCT c, $2::timestamptz FROM unnest($1::text[]) AS c
          ON CONFLICT (case_id) DO NOTHING`,
        [caseIds, seenAt],
      );
    },
    async caseFirstSeen(caseIds) {
      const rows = await db.rows<{ case_id: string; first_seen_at: Date }>(
        'SELECT case_id, first_seen_at FROM known_cases WHERE case_id = ANY($1::text[])',
        [caseIds],
      );
      return new Map(rows.map((row) => [row.case_id, row.first_seen_at.getTime()]));
    },
    async close() {
      await db.end();
    },
  };
}
