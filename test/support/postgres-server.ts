import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import pg from 'pg';
import { findPostgresBinaries, type PostgresBinaries } from './postgres-binaries.js';

/** A PostgreSQL server of the tests' own, on 127.0.0.1, in a temporary folder. */
export interface PostgresServer {
  /** Superuser URL of its `postgres` database. */
  url: string;
  binaries: PostgresBinaries;
  version: string;
  /** From the first initdb to the first accepted connection. */
  startMs: number;
  /** Fast shutdown, then the folder is removed. */
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;
const USER = 'casebot';

/** The user the server runs as: initdb and postgres refuse root, so root hands them to `nobody`. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('nobody:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  return { uid: Number(uid ?? 65534), gid: Number(gid ?? 65534) };
}

/**
 * The binaries as `user` can run them. Under root's home (mode 700), `nobody` cannot reach the
 * package's files: then its whole tree (bin, lib, share) is copied beside the data.
 */
function reachable(binaries: PostgresBinaries, user: { uid: number; gid: number } | undefined, dir: string) {
  if (!user) return binaries;
  const probe = spawnSync(binaries.postgres, ['--version'], { ...user, stdio: 'ignore' });
  if (probe.status === 0) return binaries;
  const root = dirname(dirname(binaries.postgres));
  const copy = join(dir, 'server');
  cpSync(root, copy, { recursive: true, verbatimSymlinks: true });
  return {
    ...binaries,
    initdb: join(copy, relative(root, binaries.initdb)),
    postgres: join(copy, relative(root, binaries.postgres)),
  };
}

function run(
  file: string,
  args: string[],
  options: { uid?: number; gid?: number; cwd: string },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...options, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${file} exited with ${code}: ${stderr.trim()}`));
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitReady(url: string, child: ChildProcess, log: () => string): Promise<string> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  for (;;) {
    if (exited) throw new Error(`postgres stopped while starting:\n${log()}`);
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
    try {
      await client.connect();
      const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
      return rows[0]?.server_version ?? 'unknown';
    } catch (err) {
      if (Date.now() > deadline)
        throw new Error(`postgres did not accept connections in time:\n${log()}`, { cause: err });
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    // SIGINT is PostgreSQL's fast shutdown: sessions are ended, the data left consistent.
    child.kill('SIGINT');
  });
}

/**
 * Creates a cluster in a new temporary folder and starts it on a free port of 127.0.0.1, with
 * durability off (fsync, full-page writes): the data dies with the tests anyway.
 */
export async function startPostgresServer(
  options: { binaries?: PostgresBinaries } = {},
): Promise<PostgresServer> {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'casebot-pg-'));
  const user = serverUser();
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    if (user) chownSync(dir, user.uid, user.gid);
    const binaries = reachable(options.binaries ?? (await findPostgresBinaries()), user, dir);
    const password = randomBytes(12).toString('hex');
    const passwordFile = join(dir, 'password');
    writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    if (user) chownSync(passwordFile, user.uid, user.gid);
    const data = join(dir, 'data');
    const as = { ...(user ?? {}), cwd: dir };
    await run(
      binaries.initdb,
      [
        '-D',
        data,
        '-U',
        USER,
        '--auth=scram-sha-256',
        `--pwfile=${passwordFile}`,
        '-E',
        'UTF8',
        '--locale=C',
        '--no-sync',
      ],
      as,
    );
    const port = await freePort();
    const child = spawn(
      binaries.postgres,
      [
        '-D',
        data,
        '-p',
        String(port),
        '-h',
        '127.0.0.1',
        '-k',
        '',
        '-c',
        'fsync=off',
        '-c',
        'synchronous_commit=off',
        '-c',
        'full_page_writes=off',
        '-c',
        'max_connections=300',
      ],
      { ...as, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const lines: string[] = [];
    child.stderr?.on('data', (chunk: Buffer) => {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      lines.splice(0, Math.max(0, lines.length - 50));
    });
    const url = `postgres://${USER}:${password}@127.0.0.1:${port}/postgres`;
    let version: string;
    try {
      version = await waitReady(url, child, () => lines.join('\n'));
    } catch (err) {
      await stopProcess(child);
      throw err;
    }
    return {
      url,
      binaries,
      version,
      startMs: performance.now() - started,
      async stop() {
        await stopProcess(child);
        remove();
      },
    };
  } catch (err) {
    remove();
    throw err;
  }
}
