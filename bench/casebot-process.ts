// casebot as `npm start` runs it, for the adapter benchmarks: the real entry (adapters/main.ts)
// in a child process, configured only through the environment, with the defaults a deployment
// gets (SQLite store in DATA_DIR, info logs, metrics, in-flight tracking, replay claims and
// conversations in the store). Only the addresses differ: the platforms are local fakes.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../adapters/main.ts', import.meta.url));
const knowledgeDir = fileURLToPath(new URL('../knowledge', import.meta.url));
// Resolved here: the child runs in an empty folder, where `tsx` alone would not be found.
const tsx = import.meta.resolve('tsx');

/** How long casebot may take to load the knowledge and connect before the bench gives up. */
const START_TIMEOUT_MS = 60_000;

export interface CasebotProcess {
  child: ChildProcess;
  /** Log lines casebot wrote while the benchmark ran (after it said it was running). */
  logLines(): number;
  /** SIGTERM, as a deployment stops it (drain, close the store); resolves once it exited. */
  stop(): Promise<void>;
}

/**
 * Starts casebot with `env` (its platform variables) over a fresh data folder and cache, and
 * resolves once it logs that it is running. `nodeArgs` go before the entry (`--cpu-prof`).
 */
export async function startCasebotProcess(
  env: Record<string, string>,
  nodeArgs: readonly string[] = [],
): Promise<CasebotProcess> {
  const home = await mkdtemp(join(tmpdir(), 'casebot-bench-'));
  const child = spawn(process.execPath, [...nodeArgs, '--import', tsx, entry], {
    // Only what a deployment sets: nothing from the shell (a LOG_LEVEL, a DATABASE_URL) leaks in.
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      KNOWLEDGE_DIR: knowledgeDir,
      CACHE_DIR: join(home, 'cache'),
      DATA_DIR: join(home, 'data'),
      OPS_PORT: '0',
      OPS_HOST: '127.0.0.1',
      ...env,
    },
    // No .env is read from here: the folder is empty.
    cwd: home,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let lines = 0;
  let running = false;
  const logs = createInterface({ input: child.stderr! });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('casebot did not start within a minute')),
      START_TIMEOUT_MS,
    );
    const recent: string[] = [];
    logs.on('line', (line) => {
      if (running) {
        lines += 1;
        return;
      }
      recent.push(line);
      if (line.includes('"msg":"casebot is running"')) {
        running = true;
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`casebot exited (${code}) before it was running:\n${recent.slice(-5).join('\n')}`));
    });
  });
  try {
    await ready;
  } catch (err) {
    child.kill('SIGKILL');
    await rm(home, { recursive: true, force: true });
    throw err;
  }
  return {
    child,
    logLines: () => lines,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      await rm(home, { recursive: true, force: true });
    },
  };
}
