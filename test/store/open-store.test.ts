import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store, StoreError, sqliteStoreFile } from '../../src/index.js';

const PASSWORD = 'hunter2-do-not-print';

async function failure(promise: Promise<unknown>): Promise<StoreError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(StoreError);
  return err as StoreError;
}

describe('openStore', () => {
  const dirs: string[] = [];
  const stores: Store[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'casebot-open-store-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('opens SQLite in DATA_DIR, creating the folder, when DATABASE_URL is unset or blank', async () => {
    for (const databaseUrl of [undefined, '', '   ']) {
      const dataDir = join(tempDir(), 'nested', 'data');
      const store = await openStore({ databaseUrl, dataDir });
      stores.push(store);
      expect(store.backend).toBe('sqlite');
      expect(store.location).toBe(sqliteStoreFile(dataDir));
      expect(store.location).toBe(join(dataDir, 'casebot.db'));
      expect(await store.claims.claim('k', 1_000)).toBe(true);
    }
  });

  it.each([
    ['mysql://casebot:PASSWORD@db:3306/casebot'],
    ['casebot:PASSWORD@db:5432/casebot'],
    ['postgres://casebot:PASSWORD@/casebot'],
    ['https://casebot:PASSWORD@db.example.org/'],
  ])(
    'refuses DATABASE_URL=%s with STORE_CONFIG_INVALID, naming the variable and not the password',
    async (url) => {
      const err = await failure(
        openStore({ databaseUrl: url.replace('PASSWORD', PASSWORD), dataDir: tempDir() }),
      );
      expect(err.code).toBe('STORE_CONFIG_INVALID');
      expect(err.message).toMatch(/^DATABASE_URL /);
      expect(err.message).not.toContain(PASSWORD);
    },
  );

  it('reports a damaged SQLite file as STORE_DAMAGED, naming the file, and leaves the file alone', async () => {
    const dataDir = tempDir();
    const garbage = 'this is not a database '.repeat(300);
    writeFileSync(sqliteStoreFile(dataDir), garbage);
    const err = await failure(openStore({ dataDir }));
    expect(err.code).toBe('STORE_DAMAGED');
    expect(err.message).toContain(sqliteStoreFile(dataDir));
    expect(err.message).toMatch(/move it aside/);
  });

  it('reports a DATA_DIR that cannot be a folder as STORE_REFUSED, naming it', async () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'not a folder');
    const err = await failure(openStore({ dataDir: join(file, 'data') }));
    expect(err.code).toBe('STORE_REFUSED');
    expect(err.message).toContain(`DATA_DIR ${join(file, 'data')}`);
  });
});
