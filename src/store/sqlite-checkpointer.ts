import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import type { Logger } from '../logger.js';

/** SQLite's own default: a write that finds this many pages in the WAL checkpoints it. */
const SQLITE_AUTOCHECKPOINT_PAGES = 1000;

/** How often the WAL is written back into the database file, off the main thread. */
export const SQLITE_CHECKPOINT_EVERY_MS = 1000;

/** What `PRAGMA wal_checkpoint(PASSIVE)` reports: WAL frames in all, and written back. */
export interface CheckpointReport {
  log: number;
  checkpointed: number;
}

export interface SqliteCheckpointer {
  /** Writes the WAL back now (in the worker, or on `db` once the worker is gone). */
  checkpoint(): Promise<CheckpointReport>;
  /** Stops the timer and the worker; `db` checkpoints on close as usual. */
  close(): Promise<void>;
}

type WorkerReply = { id: number; log: number; checkpointed: number } | { id: number; error: string };

// Plain JavaScript so that it runs alike from dist/ and from the sources under tsx or vitest.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { timeout: workerData.busyTimeoutMs });
parentPort.on('message', (id) => {
  try {
    const [row] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ id, log: row.log, checkpointed: row.checkpointed });
  } catch (err) {
    parentPort.postMessage({ id, error: String(err && err.message || err) });
  }
});
`;

/**
 * Moves SQLite's WAL checkpoints off the event loop. By default the write that pushes the WAL
 * past 1000 pages copies it into the database file and syncs both, blocking the thread for
 * milliseconds (far more on a slow disk) while every request in flight waits: that showed in
 * the adapters' p99. Here `db` stops checkpointing by itself and a worker thread, on its own
 * connection to `file`, runs a PASSIVE checkpoint every `everyMs`, which never waits for nor
 * blocks the main connection's reads and writes. Durability is unchanged (WAL, synchronous
 * NORMAL). If the worker fails, `db` goes back to checkpointing by itself, with a warning, so
 * the WAL never grows without bound.
 */
export function startSqliteCheckpointer(options: {
  db: Database.Database;
  file: string;
  busyTimeoutMs: number;
  logger: Logger;
  everyMs?: number;
}): SqliteCheckpointer {
  const { db, file, logger } = options;
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { driver, file, busyTimeoutMs: options.busyTimeoutMs },
  });
  worker.unref();
  db.pragma('wal_autocheckpoint = 0');
  const waiting = new Map<number, { resolve(r: CheckpointReport): void; reject(err: Error): void }>();
  let nextId = 0;
  let alive = true;
  let closing = false;

  const onMainThread = (): CheckpointReport => {
    const [row] = db.pragma('wal_checkpoint(PASSIVE)') as CheckpointReport[];
    return { log: row?.log ?? 0, checkpointed: row?.checkpointed ?? 0 };
  };
  const fallBack = (why: string, err?: unknown) => {
    if (!alive) return;
    alive = false;
    clearInterval(timer);
    for (const { reject } of waiting.values()) reject(new Error(`the checkpoint worker stopped: ${why}`));
    waiting.clear();
    if (closing) return;
    db.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`);
    logger.warn({ err, file }, `SQLite checkpoints are back on the main thread: ${why}`);
  };
  worker.on('message', (reply: WorkerReply) => {
    const pending = waiting.get(reply.id);
    waiting.delete(reply.id);
    if ('error' in reply) pending?.reject(new Error(reply.error));
    else pending?.resolve({ log: reply.log, checkpointed: reply.checkpointed });
  });
  worker.on('error', (err) => fallBack('it failed', err));
  worker.on('exit', (code) => fallBack(`it exited with code ${code}`));

  const checkpoint = (): Promise<CheckpointReport> => {
    if (!alive) return Promise.resolve(onMainThread());
    const id = nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker.postMessage(id);
    });
  };
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    checkpoint()
      .catch((err: unknown) => logger.warn({ err, file }, 'SQLite checkpoint failed; trying again later'))
      .finally(() => {
        running = false;
      });
  }, options.everyMs ?? SQLITE_CHECKPOINT_EVERY_MS);
  timer.unref();

  return {
    checkpoint,
    async close() {
      closing = true;
      clearInterval(timer);
      await worker.terminate();
    },
  };
}
