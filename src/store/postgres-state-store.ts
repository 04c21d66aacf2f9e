import type { Sql } from './postgres-pool.js';
import type { StateStore } from './state-store.js';
import {
  checkName,
  checkTtl,
  DEFAULT_MAX_CONVERSATIONS,
  decodeValue,
  encodeValue,
  isContextId,
  newContextId,
  storageKey,
} from './store-values.js';

/**
 * Claims, contexts, conversations and leases in PostgreSQL (tables of migration 2), instants
 * from `now`. Each decision is one `INSERT … ON CONFLICT … DO UPDATE … WHERE`: the row lock
 * makes a second claimer re-check the condition against the first one's committed row, so one
 * caller wins whatever the number of replicas.
 */
export function createPostgresStateStore(
  sql: Sql,
  options: { now: () => Date; maxConversations?: number },
): StateStore {
  const { now } = options;
  const maxConversations = options.maxConversations ?? DEFAULT_MAX_CONVERSATIONS;
  const later = (at: Date, ttlMs: number) => new Date(at.getTime() + ttlMs);

  async function value(text: string, values: unknown[]) {
    const [row] = await sql.rows<{ value: string }>(text, values);
    return row ? decodeValue(row.value) : undefined;
  }

  return {
    claims: {
      async claim(key, ttlMs) {
        checkTtl(ttlMs);
        const at = now();
        const won = await sql.count(
          `INSERT INTO claims (key, claimed_at, expires_at) VALUES ($1, $2, $3)
            ON CONFLICT (key) DO UPDATE SET claimed_at = EXCLUDED.claimed_at, expires_at = EXCLUDED.expires_at
            WHERE claims.expires_at <= $2`,
          [storageKey(key), at, later(at, ttlMs)],
        );
        return won === 1;
      },
      async release(key) {
        await sql.count('DELETE FROM claims WHERE key = $1', [storageKey(key)]);
      },
    },
    contexts: {
      async put(data, ttlMs) {
        checkTtl(ttlMs);
        const text = encodeValue(data);
        const id = newContextId();
        const at = now();
        await sql.count('INSERT INTO contexts (id, value, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
          id,
          text,
          at,
          later(at, ttlMs),
        ]);
        return id;
      },
      async get(id) {
        if (!isContextId(id)) return undefined;
        return value('SELECT value FROM contexts WHERE id = $1 AND expires_at > $2', [id, now()]);
      },
    },
    conversations: {
      async get(key) {
        return value('SELECT value FROM conversations WHERE key = $1 AND expires_at > $2', [
          storageKey(key),
          now(),
        ]);
      },
      async set(key, data, ttlMs) {
        checkTtl(ttlMs);
        const text = encodeValue(data);
        const at = now();
        await sql.count(
          `INSERT INTO conversations (key, value, updated_at, expires_at) VALUES ($1, $2, $3, $4)
            ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at,
              expires_at = EXCLUDED.expires_at`,
          [storageKey(key), text, at, later(at, ttlMs)],
        );
      },
      async delete(key) {
        await sql.count('DELETE FROM conversations WHERE key = $1', [storageKey(key)]);
      },
    },
    leases: {
      async acquire(name, holder, ttlMs) {
        checkName('lease name', name);
        checkName('holder', holder);
        checkTtl(ttlMs);
        const at = now();
        const held = await sql.count(
          `INSERT INTO leases (name, holder, acquired_at, expires_at) VALUES ($1, $2, $3, $4)
            ON CONFLICT (name) DO UPDATE SET
              acquired_at = CASE WHEN leases.holder = EXCLUDED.holder THEN leases.acquired_at ELSE EXCLUDED.acquired_at END,
              holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
            WHERE leases.expires_at <= $3 OR leases.holder = EXCLUDED.holder`,
          [name, holder, at, later(at, ttlMs)],
        );
        return held === 1;
      },
      async renew(name, holder, ttlMs) {
        checkName('lease name', name);
        checkName('holder', holder);
        checkTtl(ttlMs);
        const renewed = await sql.count('UPDATE leases SET expires_at = $3 WHERE name = $1 AND holder = $2', [
          name,
          holder,
          later(now(), ttlMs),
        ]);
        return renewed === 1;
      },
      async release(name, holder) {
        checkName('lease name', name);
        checkName('holder', holder);
        await sql.count('DELETE FROM leases WHERE name = $1 AND holder = $2', [name, holder]);
      },
      async holder(name) {
        checkName('lease name', name);
        const [row] = await sql.rows<{ holder: string; acquired_at: Date; expires_at: Date }>(
          'SELECT holder, acquired_at, expires_at FROM leases WHERE name = $1 AND expires_at > $2',
          [name, now()],
        );
        return row
          ? { holder: row.holder, acquiredAt: row.acquired_at, expiresAt: row.expires_at }
          : undefined;
      },
    },
    async sweep() {
      const at = now();
      const expired = (table: string) => sql.count(`DELETE FROM ${table} WHERE expires_at <= $1`, [at]);
      const claims = await expired('claims');
      const contexts = await expired('contexts');
      const conversations =
        (await expired('conversations')) +
        (await sql.count(
          `DELETE FROM conversations WHERE key IN
            (SELECT key FROM conversations ORDER BY updated_at DESC, key OFFSET $1)`,
          [maxConversations],
        ));
      const leases = await expired('leases');
      return { claims, contexts, conversations, leases };
    },
  };
}
