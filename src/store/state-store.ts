import type { ClaimStore, ContextStore, ConversationStore, LeaseStore, SweepReport } from './store.js';
import { SWEEP_EVERY_WRITES } from './store-values.js';

/** The part of a Store each backend implements besides digests. */
export interface StateStore {
  claims: ClaimStore;
  contexts: ContextStore;
  conversations: ConversationStore;
  leases: LeaseStore;
  sweep(): Promise<SweepReport>;
}

/**
 * Sweeps after every `every` writes of claims, contexts and conversations, so that expired rows
 * and conversations past their bound go without a timer to start and stop. Each process counts
 * its own writes; a sweep by one process serves all.
 */
export function withAutoSweep(
  state: StateStore,
  onError: (err: unknown) => void,
  every = SWEEP_EVERY_WRITES,
): StateStore {
  let writes = 0;
  // The write succeeded: a failed sweep must not make it look failed, so it is only reported.
  async function wrote(): Promise<void> {
    writes += 1;
    if (writes < every) return;
    writes = 0;
    await state.sweep().catch(onError);
  }
  return {
    ...state,
    claims: {
      ...state.claims,
      async claim(key, ttlMs) {
        const won = await state.claims.claim(key, ttlMs);
        await wrote();
        return won;
      },
    },
    contexts: {
      ...state.contexts,
      async put(value, ttlMs) {
        const id = await state.contexts.put(value, ttlMs);
        await wrote();
        return id;
      },
    },
    conversations: {
      ...state.conversations,
      async set(key, value, ttlMs) {
        await state.conversations.set(key, value, ttlMs);
        await wrote();
      },
    },
  };
}
