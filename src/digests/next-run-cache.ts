import { nextRunAfter, type Schedule } from './schedule.js';

export interface NextRunCache {
  /** The first slot strictly after `after`, as `nextRunAfter` computes it. */
  nextAfter(id: string, schedule: Schedule, timezone: string, after: Date): Date | undefined;
  /** Forgets every id not in `ids` (removed subscriptions). */
  keepOnly(ids: ReadonlySet<string>): void;
}

interface Entry {
  key: string;
  fromMs: number;
  nextMs: number | undefined;
}

/**
 * Remembers each subscription's next slot. Computing one with croner costs about half a
 * millisecond, and every tick asks for each subscription; but the next slot after any instant
 * in [from, next) is `next`, so most ticks need no computing at all.
 */
export function createNextRunCache(): NextRunCache {
  const entries = new Map<string, Entry>();
  return {
    nextAfter(id, schedule, timezone, after) {
      const key = `${timezone} ${JSON.stringify(schedule)}`;
      const at = after.getTime();
      const entry = entries.get(id);
      if (
        entry &&
        entry.key === key &&
        entry.fromMs <= at &&
        (entry.nextMs === undefined || at < entry.nextMs)
      ) {
        return entry.nextMs === undefined ? undefined : new Date(entry.nextMs);
      }
      const next = nextRunAfter(schedule, timezone, after);
      entries.set(id, { key, fromMs: at, nextMs: next?.getTime() });
      return next;
    },
    keepOnly(ids) {
      for (const id of entries.keys()) if (!ids.has(id)) entries.delete(id);
    },
  };
}
