// casebot as `npm start` runs it, for the adapter benchmarks: the real entry built as `npm start`
// builds it (`tsc -b tsconfig.build.json`, then `node dist/adapters/main.js`) in a child process,
// configured only through the environment, with the defaults a deployment gets (SQLite store in
// DATA_DIR, info logs, metrics, in-flight tracking, replay claims and conversations in the
// store). Only the addresses differ: the platforms are local fakes.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = join(root, 'dist', 'adapters', 'main.js');
const knowledgeDir = join(root, 'knowledge');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

let built = false;

/**
 * `npm start`'s build step, once per benchmark run (it re-emits only changed files). Run under
 * tsx instead, casebot would pay for the loader's wrappers (esbuild's `__name` on every closure
 * made), which production never does: in one profile of the Discord bench they were ~4% of it.
 */
function buildOnce(): void {
  if (built) return;
  const result = spawnSync(process.execPath, [tsc, '-b', 'tsconfig.build.json'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`building casebot as npm start does failed:\n${result.stdout}${result.stderr}`);
  built = true;
}

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
  buildOnce();
  const home = await mkdtemp(join(tmpdir(), 'casebot-bench-'));
  const child = spawn(process.execPath, [...nodeArgs, entry], {
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
