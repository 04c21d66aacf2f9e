import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPostgresDigestStore } from '../../src/digests/postgres-digest-store.js';
import { silentLogger } from '../../src/logger.js';
import { createPostgresDb } from '../../src/store/postgres-pool.js';
import { openPostgresStore } from '../../src/store/postgres-store.js';
import { createTestDatabase, type TestDatabase, withClient } from '../support/test-database.js';
import { channel, createHarness, type Harness, MINUTE, type Process } from './scheduler-harness.js';

const DAYS = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'];
const CHANNELS = ['C1', 'C2', 'C3', 'C4'];

let database: TestDatabase;
let harness: Harness;

beforeEach(async () => {
  database = await createTestDatabase();
  await (await openPostgresStore({ url: database.url })).close(); // migrated once, as at start-up
  harness = createHarness('2026-11-23T08:00:00Z', undefined, {
    // Each "process" has its own pool, as a replica would.
    openStore: () => createPostgresDigestStore(createPostgresDb(database.url, {}, silentLogger)),
  });
});
afterEach(async () => {
  await harness.close();
  await database.drop();
});

async function tickAll(processes: Process[]): Promise<void> {
  await Promise.all(processes.flatMap((p) => [p.scheduler.tick(), p.scheduler.tick()]));
}

async function slots(): Promise<Array<{ id: string; slot: string; status: string }>> {
  return withClient(database.url, async (client) => {
    const { rows } = await client.query<{
      id: string;
      subscription_id: string;
      scheduled_at: Date;
      status: string;
    }>(
      'SELECT id, subscription_id, scheduled_at, status FROM deliveries ORDER BY scheduled_at, subscription_id',
    );
    return rows.map((row) => ({
      id: row.id,
      slot: `${row.subscription_id} ${row.scheduled_at.toISOString()}`,
      status: row.status,
    }));
  });
}

describe('digest scheduler on PostgreSQL', () => {
  it('posts each of 20 slots exactly once with three schedulers racing, also when the one posting dies mid-post', async () => {
    const replicas = [harness.spawn(), harness.spawn(), harness.spawn()];
    for (const [i, channelId] of CHANNELS.entries()) {
      await harness.subscribe(`s${i + 1}`, { target: { ...channel, channelId } });
    }
    for (const [day, date] of DAYS.entries()) {
      harness.clock.set(`${date}T09:00:00Z`);
      // Days 2 and 4: a fourth replica takes a slot and dies posting it, after (day 2) or
      // before (day 4) the message reached the channel; the others take over once its lease ends.
      if (day === 1 || day === 3) await harness.crashMidPost({ reached: day === 1 });
      await tickAll(replicas);
      harness.clock.advance(5 * MINUTE);
      await tickAll(replicas);
    }

    const rows = await slots();
    expect(rows).toHaveLength(DAYS.length * CHANNELS.length);
    expect(new Set(rows.map((row) => row.slot)).size).toBe(rows.length);
    expect(rows.every((row) => row.status === 'sent')).toBe(true);
    // Counted from what the poster saw, by subscription and day, whatever delivery id a post carried.
    const slotOf = new Map(
      harness.poster.posts.map((p) => [
        p.message.deliveryId,
        `${p.message.subscriptionId} ${p.message.date}`,
      ]),
    );
    const count = (slotsSeen: string[]) => {
      const counts = new Map<string, number>();
      for (const slot of slotsSeen) counts.set(slot, (counts.get(slot) ?? 0) + 1);
      return [...counts.values()].sort();
    };
    const messages = harness.poster.channel.map(
      (m) => [...slotOf].find(([id]) => m.text.includes(id))?.[1] ?? m.id,
    );
    expect(count(messages)).toEqual(rows.map(() => 1));
    // Post calls per slot: 1, but 2 for the slot whose first post was lost with its replica.
    expect(count([...harness.poster.posts.map((p) => slotOf.get(p.message.deliveryId) ?? '')])).toEqual([
      ...rows.slice(1).map(() => 1),
      2,
    ]);
    expect(harness.poster.finds).toHaveLength(2);
  });
});
