import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { describeStoreContract } from './store-contract.js';

describeStoreContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'casebot-store-'));
  const file = join(dir, 'casebot.db');
  return {
    async open(options) {
      return openSqliteStore({ file, ...options });
    },
    async remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
