import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { startSqliteCheckpointer } from '../../src/store/sqlite-checkpointer.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'casebot-checkpoint-'));
  file = join(dir, 'casebot.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A WAL database with `rows` written since the last checkpoint. */
function walDatabase(rows: number): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  for (let i = 0; i < rows; i += 1) insert.run('x'.repeat(500));
  return db;
}

describe('startSqliteCheckpointer', () => {
  it('leaves no checkpoint to the main connection and writes the WAL back from the worker', async () => {
    const db = walDatabase(0);
    const checkpointer = startSqliteCheckpointer({ db, file, busyTimeoutMs: 1000, logger: silentLogger });
    try {
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
      const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
      // Past SQLite's 1000-page threshold: by default one of these writes would have checkpointed.
      for (let i = 0; i < 3000; i += 1) insert.run('x'.repeat(1500));
      const report = await checkpointer.checkpoint();
      expect(report.log).toBeGreaterThan(1000);
      expect(report.checkpointed).toBe(report.log);
      expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 3000 });
    } finally {
      await checkpointer.close();
      db.close();
    }
  });

  it('gives the checkpoints back to the main connection, with a warning, when the worker fails', async () => {
    const db = walDatabase(10);
    const warned = new Promise<string | undefined>((resolve) => {
      const logger = { ...silentLogger, warn: (_obj: object, msg?: string) => resolve(msg) };
      // The worker cannot open this file, so it fails at once.
      startSqliteCheckpointer({ db, file: join(dir, 'missing', 'x.db'), busyTimeoutMs: 1000, logger });
    });
    try {
      expect(await warned).toMatch(/checkpoints are back on the main thread/);
      expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    } finally {
      db.close();
    }
  });

  it('runs in the SQLite store, which closes it with the database', async () => {
    const store = openSqliteStore({ file });
    await store.conversations.set('slack:T1:C1:U1', { turns: 1 }, 60_000);
    await store.close();
    // Closed cleanly: the last connection wrote the WAL back and removed it.
    expect(existsSync(`${file}-wal`)).toBe(false);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare('SELECT COUNT(*) AS n FROM conversations').get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });
});
