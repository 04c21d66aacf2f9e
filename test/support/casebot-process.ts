import { type ChildProcess, spawn } from 'node:child_process';

/** `npm start`'s entry running in a child process. */
export interface CasebotProcess {
  child: ChildProcess;
  /** Everything written to stderr so far (the JSON log lines and start-up errors). */
  stderr: () => string;
  /** The exit code, once it exits (null when killed by a signal). */
  exited: Promise<number | null>;
  /** The parsed log lines so far. */
  logLines: () => Array<Record<string, unknown>>;
}

/** Runs `npm start`'s entry with only these variables set (plus PATH). */
export function startCasebotProcess(env: Record<string, string>): CasebotProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', OPS_PORT: '0', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const logLines = () =>
    stderr
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { child, stderr: () => stderr, exited, logLines };
}

/** Polls `probe` every 50 ms until it returns a value; fails after `timeoutMs` naming `what`. */
export async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
