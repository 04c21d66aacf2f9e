import type { DigestStore } from '../digests/digest-store.js';
import type { Logger } from '../logger.js';
import { guardErrors } from './guard-errors.js';
import { type StateStore, withAutoSweep } from './state-store.js';
import type { Store, StoreBackend } from './store.js';
import { StoreError } from './store-error.js';

/** What a backend provides; {@link composeStore} makes a Store of it. */
export interface StoreParts {
  backend: StoreBackend;
  location: string;
  digests: DigestStore;
  state: StateStore;
  /** Resolves when the database answers, throws when it does not. */
  probe(): Promise<void>;
  /** Closes the connection(s): called once. */
  close(): Promise<void>;
  toStoreError(err: unknown): StoreError;
  logger: Logger;
}

/**
 * The Store both backends share: every method fails only with a StoreError (STORE_CLOSED after
 * `close`), expired state is swept as writes go, `ping` never fails, and the digests' `close`
 * leaves the connection to the Store.
 */
export function composeStore(parts: StoreParts): Store {
  const { backend, toStoreError, logger } = parts;
  let closed = false;
  const guard = <T extends object>(target: T): T => guardErrors(target, toStoreError, () => closed);
  const state = withAutoSweep(parts.state, (err) =>
    logger.warn({ err: toStoreError(err) }, 'could not sweep expired state from the store'),
  );
  return {
    backend,
    location: parts.location,
    digests: { ...guard(parts.digests), close: async () => {} },
    claims: guard(state.claims),
    contexts: guard(state.contexts),
    conversations: guard(state.conversations),
    leases: guard(state.leases),
    sweep: guard({ sweep: state.sweep }).sweep,
    async ping() {
      if (closed)
        return { type: 'unhealthy', backend, error: new StoreError('STORE_CLOSED', 'the store is closed') };
      const started = performance.now();
      try {
        await parts.probe();
        return { type: 'healthy', backend, latencyMs: performance.now() - started };
      } catch (err) {
        return { type: 'unhealthy', backend, error: toStoreError(err) };
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await parts.close();
    },
  };
}
