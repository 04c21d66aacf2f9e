import type Database from 'better-sqlite3';
import type { DigestStore } from './digest-store.js';
import {
  channelKey,
  type DeliveryRow,
  deliveryOf,
  type SubscriptionRow,
  subscriptionOf,
  targetOf,
} from './sqlite-rows.js';

const DUE = `((status = 'claimed' AND lease_until <= @now) OR (status = 'retrying' AND next_attempt_at <= @now))`;

/** The digest store over an open, migrated database; `close()` closes `db`. */
export function createSqliteDigestStore(db: Database.Database): DigestStore {
  // Each SQL text is prepared once: the scheduler runs the same few statements every tick.
  const statements = new Map<string, unknown>();
  function prepare<P extends unknown[] = unknown[], R = unknown>(source: string) {
    let statement = statements.get(source) as ReturnType<typeof db.prepare<P, R>> | undefined;
    if (!statement) {
      statement = db.prepare<P, R>(source);
      statements.set(source, statement);
    }
    return statement;
  }

  const getDeliveryRow = prepare<[string], DeliveryRow>('SELECT * FROM deliveries WHERE id = ?');
  const addHistory =
    prepare(`INSERT INTO channel_cases (platform, team_id, channel_id, case_id, rank, sent_at)
    VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (platform, team_id, channel_id, case_id) DO UPDATE SET rank = excluded.rank, sent_at = excluded.sent_at`);
  const markSent = db.transaction((id: string, messageId: string, sentAt: number, late: boolean) => {
    const row = getDeliveryRow.get(id);
    if (!row) return;
    prepare(
      `UPDATE deliveries SET status = 'sent', message_id = ?, sent_at = ?, late = ?, error = NULL,
        lease_until = NULL, next_attempt_at = NULL WHERE id = ?`,
    ).run(messageId, sentAt, late ? 1 : 0, id);
    const key = channelKey(targetOf(row));
    const top = prepare<string[], number>(
      'SELECT COALESCE(MAX(rank), 0) FROM channel_cases WHERE platform = ? AND team_id = ? AND channel_id = ?',
    )
      .pluck()
      .get(...key);
    const caseIds = [
      ...(JSON.parse(row.new_case_ids) as string[]),
      ...(JSON.parse(row.case_ids) as string[]),
    ];
    caseIds.forEach((caseId, i) => {
      addHistory.run(...key, caseId, (top ?? 0) + 1 + i, sentAt);
    });
  });
  const recordCases = db.transaction((caseIds: readonly string[], seenAt: number) => {
    const insert = prepare('INSERT OR IGNORE INTO known_cases (case_id, first_seen_at) VALUES (?, ?)');
    let added = 0;
    for (const caseId of caseIds) added += insert.run(caseId, seenAt).changes;
    return added;
  });

  return {
    async createSubscription(s) {
      const result = prepare(
        `INSERT OR IGNORE INTO subscriptions (id, platform, team_id, channel_id, schedule, timezone, country, topic,
            count, created_by, created_at, active_since) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        s.id,
        ...channelKey(s.target),
        JSON.stringify(s.schedule),
        s.timezone,
        s.country ?? null,
        s.topic ?? null,
        s.count,
        s.createdBy ?? null,
        s.createdAt.getTime(),
        s.activeSince.getTime(),
      );
      return result.changes === 1;
    },
    async getSubscription(id) {
      const row = prepare<[string], SubscriptionRow>('SELECT * FROM subscriptions WHERE id = ?').get(id);
      return row ? subscriptionOf(row) : undefined;
    },
    async listSubscriptions(filter = {}) {
      const [platform, teamId, channelId] = filter.target ? channelKey(filter.target) : [null, null, null];
      const rows = prepare<[Record<string, unknown>], SubscriptionRow>(
        `SELECT * FROM subscriptions WHERE (@platform IS NULL OR (platform = @platform AND team_id = @teamId
            AND channel_id = @channelId)) AND (@active = 0 OR paused_by IS NULL) ORDER BY created_at, id`,
      ).all({ platform, teamId, channelId, active: filter.active ? 1 : 0 });
      return rows.map(subscriptionOf);
    },
    async deleteSubscription(id) {
      return prepare('DELETE FROM subscriptions WHERE id = ?').run(id).changes === 1;
    },
    async updateSubscription(id, spec) {
      return (
        prepare(
          'UPDATE subscriptions SET schedule = ?, timezone = ?, country = ?, topic = ?, count = ? WHERE id = ?',
        ).run(
          JSON.stringify(spec.schedule),
          spec.timezone,
          spec.country ?? null,
          spec.topic ?? null,
          spec.count,
          id,
        ).changes === 1
      );
    },
    async pauseSubscription(id, pause) {
      return (
        prepare('UPDATE subscriptions SET paused_by = ?, paused_reason = ?, paused_at = ? WHERE id = ?').run(
          pause.by,
          pause.reason,
          pause.at.getTime(),
          id,
        ).changes === 1
      );
    },
    async resumeSubscription(id, at) {
      return (
        prepare(
          'UPDATE subscriptions SET paused_by = NULL, paused_reason = NULL, paused_at = NULL, active_since = ? WHERE id = ?',
        ).run(at.getTime(), id).changes === 1
      );
    },
    async claimSlot(d) {
      const result = prepare(
        `INSERT OR IGNORE INTO deliveries (id, subscription_id, platform, team_id, channel_id, scheduled_at, status,
            late, case_ids, new_case_ids, attempts, claimed_at, lease_until, error)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        d.id,
        d.subscriptionId,
        ...channelKey(d.target),
        d.scheduledAt.getTime(),
        d.status,
        d.late ? 1 : 0,
        JSON.stringify(d.caseIds),
        JSON.stringify(d.newCaseIds),
        d.status === 'claimed' ? 1 : 0,
        d.claimedAt.getTime(),
        d.leaseUntil?.getTime() ?? null,
        d.error ?? null,
      );
      return result.changes === 1;
    },
    async lastScheduledAt(subscriptionId) {
      const at = prepare<[string], number | null>(
        'SELECT MAX(scheduled_at) FROM deliveries WHERE subscription_id = ?',
      )
        .pluck()
        .get(subscriptionId);
      return typeof at === 'number' ? new Date(at) : undefined;
    },
    async lastDelivery(subscriptionId) {
      const row = prepare<[string], DeliveryRow>(
        'SELECT * FROM deliveries WHERE subscription_id = ? ORDER BY scheduled_at DESC LIMIT 1',
      ).get(subscriptionId);
      return row ? deliveryOf(row) : undefined;
    },
    async getDelivery(id) {
      const row = getDeliveryRow.get(id);
      return row ? deliveryOf(row) : undefined;
    },
    async dueDeliveries(now) {
      return prepare<[{ now: number }], DeliveryRow>(
        `SELECT * FROM deliveries WHERE ${DUE} ORDER BY scheduled_at, id`,
      )
        .all({ now: now.getTime() })
        .map(deliveryOf);
    },
    async nextPendingAt() {
      const at = prepare<[], number | null>(
        `SELECT MIN(CASE status WHEN 'claimed' THEN lease_until ELSE next_attempt_at END) FROM deliveries
            WHERE status IN ('claimed', 'retrying')`,
      )
        .pluck()
        .get();
      return typeof at === 'number' ? new Date(at) : undefined;
    },
    async takeDelivery(id, now, leaseUntil) {
      const taken = prepare(
        `UPDATE deliveries SET status = 'claimed', lease_until = @leaseUntil, attempts = attempts + 1
            WHERE id = @id AND ${DUE}`,
      ).run({ id, now: now.getTime(), leaseUntil: leaseUntil.getTime() });
      if (taken.changes !== 1) return undefined;
      const row = getDeliveryRow.get(id);
      return row ? deliveryOf(row) : undefined;
    },
    async markSent(id, result) {
      markSent(id, result.messageId, result.sentAt.getTime(), result.late);
    },
    async markRetrying(id, failure) {
      prepare(
        `UPDATE deliveries SET status = 'retrying', error = ?, last_error_kind = ?, next_attempt_at = ?,
          lease_until = NULL WHERE id = ? AND status = 'claimed'`,
      ).run(failure.error, failure.kind, failure.nextAttemptAt.getTime(), id);
    },
    async markFailed(id, failure) {
      prepare(
        `UPDATE deliveries SET status = 'failed', error = ?, last_error_kind = COALESCE(?, last_error_kind),
          lease_until = NULL, next_attempt_at = NULL WHERE id = ? AND status = 'claimed'`,
      ).run(failure.error, failure.kind ?? null, id);
    },
    async markSkipped(id, reason) {
      prepare(
        `UPDATE deliveries SET status = 'skipped', error = ?, lease_until = NULL, next_attempt_at = NULL
          WHERE id = ? AND status = 'claimed'`,
      ).run(reason, id);
    },
    async channelHistory(target) {
      const rows = prepare<string[], { case_id: string; rank: number }>(
        'SELECT case_id, rank FROM channel_cases WHERE platform = ? AND team_id = ? AND channel_id = ?',
      ).all(...channelKey(target));
      return new Map(rows.map((row) => [row.case_id, row.rank]));
    },
    async lastChannelDigestAt(target) {
      const at = prepare<string[], number | null>(
        `SELECT MAX(sent_at) FROM deliveries WHERE status = 'sent' AND platform = ? AND team_id = ? AND channel_id = ?`,
      )
        .pluck()
        .get(...channelKey(target));
      return typeof at === 'number' ? new Date(at) : undefined;
    },
    async recordCases(caseIds, seenAt) {
      return recordCases(caseIds, seenAt.getTime());
    },
    async caseFirstSeen(caseIds) {
      const rows = prepare<[string], { case_id: string; first_seen_at: number }>(
        'SELECT case_id, first_seen_at FROM known_cases WHERE case_id IN (SELECT value FROM json_each(?))',
      ).all(JSON.stringify(caseIds));
      return new Map(rows.map((row) => [row.case_id, row.first_seen_at]));
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
