import { openPostgresStore } from '../../src/store/postgres-store.js';
import { createTestDatabase } from '../support/test-database.js';
import { describeStoreContract } from './store-contract.js';

describeStoreContract('PostgreSQL', async () => {
  const database = await createTestDatabase();
  return {
    open: (options) => openPostgresStore({ url: database.url, ...options }),
    remove: () => database.drop(),
  };
});
