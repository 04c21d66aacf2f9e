import { describe, expect, it } from 'vitest';
import { type StateStore, withAutoSweep } from '../../src/store/state-store.js';

/** A state store that only counts: writes succeed, sweeps are counted and may fail. */
function countingStore(sweepFails = false) {
  const calls = { sweeps: 0 };
  const state: StateStore = {
    claims: { claim: async () => true, release: async () => {} },
    contexts: { put: async () => 'id', get: async () => undefined },
    conversations: { get: async () => undefined, set: async () => {}, delete: async () => {} },
    leases: {
      acquire: async () => true,
      renew: async () => true,
      release: async () => {},
      holder: async () => undefined,
    },
    async sweep() {
      calls.sweeps += 1;
      if (sweepFails) throw new Error('disk full');
      return { claims: 0, contexts: 0, conversations: 0, leases: 0 };
    },
  };
  return { state, calls };
}

describe('withAutoSweep', () => {
  it('sweeps once per `every` writes of claims, contexts and conversations, not on reads or leases', async () => {
    const { state, calls } = countingStore();
    const store = withAutoSweep(state, () => {}, 3);
    await store.claims.claim('a', 1);
    await store.contexts.get('x');
    await store.leases.acquire('l', 'h', 1);
    await store.contexts.put('v', 1);
    expect(calls.sweeps).toBe(0);
    await store.conversations.set('k', 'v', 1);
    expect(calls.sweeps).toBe(1);
    for (let i = 0; i < 6; i += 1) await store.claims.claim(`k${i}`, 1);
    expect(calls.sweeps).toBe(3);
  });

  it('reports a failed sweep without failing the write that set it off', async () => {
    const { state } = countingStore(true);
    const errors: unknown[] = [];
    const store = withAutoSweep(state, (err) => errors.push(err), 1);
    expect(await store.claims.claim('a', 1)).toBe(true);
    expect(errors).toEqual([new Error('disk full')]);
  });
});
