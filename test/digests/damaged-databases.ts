import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Subscription } from '../../src/digests/subscription.js';
import type { StoreErrorCode } from '../../src/store/store-error.js';
import { openSqliteDigestStore } from './open-sqlite-digest-store.js';

const PAGE = 4096;

export function testSubscription(id: string): Subscription {
  return {
    id,
    target: { platform: 'slack', teamId: 'T1', channelId: 'C1' },
    schedule: { type: 'daily', time: { hour: 9, minute: 0 } },
    timezone: 'UTC',
    count: 3,
    createdAt: new Date('2026-11-01T00:00:00Z'),
    activeSince: new Date('2026-11-01T00:00:00Z'),
  };
}

/**
 * Writes everything from the WAL into the main file and empties the WAL, from another
 * connection, as a second casebot process or a backup tool would: the file on disk is then the
 * whole database, and the store's own connection re-reads it on its next statement.
 */
export function checkpoint(file: string): void {
  const db = new Database(file);
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/** A real digests database with some subscriptions in it, spread over several pages. */
export async function writeHealthyDatabase(file: string, subscriptions = 40): Promise<void> {
  const store = openSqliteDigestStore(file);
  for (let i = 0; i < subscriptions; i += 1) await store.createSubscription(testSubscription(`s${i}`));
  await store.close();
  checkpoint(file);
}

/** Overwrites every page after the first with bytes that mean nothing. */
export function scramblePages(file: string): void {
  const size = statSync(file).size;
  overwrite(file, PAGE, size - PAGE);
}

/** Overwrites the root page of one table or index, by its name in the schema. */
export function scrambleRootPage(file: string, name: string): void {
  const db = new Database(file, { readonly: true });
  let page: number | undefined;
  try {
    page = db
      .prepare<[string], number>('SELECT rootpage FROM sqlite_master WHERE name = ?')
      .pluck()
      .get(name);
  } finally {
    db.close();
  }
  if (!page) throw new Error(`no ${name} in ${file}`);
  overwrite(file, (page - 1) * PAGE, PAGE);
}

function overwrite(file: string, at: number, length: number): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(length, 0xab), 0, length, at);
  } finally {
    closeSync(fd);
  }
}

/** One way a database file can be damaged, and the StoreError code opening it must fail with. */
export interface Damage {
  name: string;
  code: StoreErrorCode;
  /** Damages (or replaces) the file at `file`, in a folder that exists. */
  make(file: string): Promise<void>;
}

export const DAMAGES: Damage[] = [
  {
    name: 'a text file, not a database',
    code: 'STORE_DAMAGED',
    async make(file) {
      writeFileSync(file, 'subscriptions: weekly mon 09:00 health\n'.repeat(200));
    },
  },
  {
    name: 'an empty page of zeros (a file cut at its header)',
    code: 'STORE_DAMAGED',
    async make(file) {
      writeFileSync(file, Buffer.alloc(PAGE));
    },
  },
  {
    name: 'a database truncated to its first pages',
    code: 'STORE_DAMAGED',
    async make(file) {
      await writeHealthyDatabase(file);
      truncateSync(file, 2 * PAGE);
    },
  },
  {
    name: 'a database cut in the middle of a page',
    code: 'STORE_DAMAGED',
    async make(file) {
      await writeHealthyDatabase(file);
      truncateSync(file, Math.floor(statSync(file).size / 2) + 100);
    },
  },
  {
    name: 'a database whose pages were overwritten',
    code: 'STORE_DAMAGED',
    async make(file) {
      await writeHealthyDatabase(file);
      scramblePages(file);
    },
  },
  {
    // Opening and listing subscriptions never read this page: only the integrity check finds it.
    name: 'a database with one damaged index page',
    code: 'STORE_DAMAGED',
    async make(file) {
      await writeHealthyDatabase(file);
      scrambleRootPage(file, 'subscriptions_by_channel');
    },
  },
];

/** A healthy database on which a newer casebot recorded a migration this one does not know. */
export async function writeNewerDatabase(file: string): Promise<void> {
  await writeHealthyDatabase(file);
  const db = new Database(file);
  try {
    db.prepare('INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)').run(
      7,
      'something from the future',
      Date.now(),
    );
    db.pragma('user_version = 7');
  } finally {
    db.close();
  }
}

/** Ways DATA_DIR itself can be wrong, with where casebot.db would then be. */
export const BAD_FOLDERS: Array<{ name: string; make(dir: string): string }> = [
  {
    name: 'DATA_DIR is a file',
    make(dir) {
      const dataDir = join(dir, 'data');
      writeFileSync(dataDir, 'not a folder');
      return dataDir;
    },
  },
  {
    name: 'DATA_DIR is under a file',
    make(dir) {
      writeFileSync(join(dir, 'file'), 'not a folder');
      return join(dir, 'file', 'data');
    },
  },
  {
    name: 'casebot.db is a folder',
    make(dir) {
      const dataDir = join(dir, 'data');
      mkdirSync(join(dataDir, 'casebot.db'), { recursive: true });
      return dataDir;
    },
  },
];

/** The bytes of a file, to check that a failed open left it exactly as it was. */
export function snapshot(file: string): Buffer {
  return readFileSync(file);
}
