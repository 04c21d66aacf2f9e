import { type ChildProcess, spawn } from 'node:child_process';

/** One `npm start` and what it printed. */
export interface NpmStart {
  /** npm itself: the top of the process tree, leader of its own process group. */
  child: ChildProcess;
  pid: number;
  /** Everything on stderr so far: casebot's JSON log lines, and npm's own complaints. */
  stderr(): string;
  /** casebot's log lines so far, parsed. */
  logs(): Record<string, unknown>[];
  /** Resolves with the first log line (already printed or still to come) that matches. */
  waitForLog(
    what: string,
    match: (line: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
  /** npm's exit code (casebot's, since npm exits with its script's code) and when, by `performance.now()`. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  /** Whether any process of the group is still alive (an orphaned app would be). */
  groupAlive(): boolean;
  /** SIGKILLs whatever is left of the process group: for a test's clean-up. */
  kill(): void;
}

/**
 * Runs `npm start` in the repository as an operator would, in its own process group, with only
 * these variables set (plus PATH and HOME, which npm needs). npm's update check is off, so
 * nothing leaves the machine.
 */
export function npmStart(env: Record<string, string>): NpmStart {
  const child = spawn('npm', ['start'], {
    detached: true,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      npm_config_update_notifier: 'false',
      LOG_LEVEL: 'info',
      // Any free port: several processes run at once, and 9090 may be taken on this machine.
      OPS_PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('npm did not start');
  let stderr = '';
  const lines: Record<string, unknown>[] = [];
  let waiters: {
    match: (line: Record<string, unknown>) => boolean;
    resolve: (line: Record<string, unknown>) => void;
  }[] = [];
  let partial = '';
  child.stdout?.resume();
  child.stderr?.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    stderr += text;
    const parts = (partial + text).split('\n');
    partial = parts.pop() ?? '';
    for (const part of parts) {
      if (!part.startsWith('{')) continue;
      const line = JSON.parse(part) as Record<string, unknown>;
      lines.push(line);
      waiters = waiters.filter((waiter) => {
        if (!waiter.match(line)) return true;
        waiter.resolve(line);
        return false;
      });
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, at: performance.now() })),
  );
  const groupAlive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  return {
    child,
    pid,
    stderr: () => stderr,
    logs: () => lines,
    waitForLog(what, match, timeoutMs = 30_000) {
      const found = lines.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((waiter) => waiter.resolve !== done);
          reject(new Error(`npm start: no log line "${what}" within ${timeoutMs} ms\n${stderr}`));
        }, timeoutMs);
        const done = (line: Record<string, unknown>) => {
          clearTimeout(timer);
          resolve(line);
        };
        waiters.push({ match, resolve: done });
      });
    },
    exited,
    groupAlive,
    kill() {
      if (groupAlive()) process.kill(-pid, 'SIGKILL');
    },
  };
}

/** A log line's message. */
export const msg = (line: Record<string, unknown>): string => String(line.msg ?? '');
