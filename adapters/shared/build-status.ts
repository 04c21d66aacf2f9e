import {
  countProblems,
  type DigestStatus,
  type KnowledgeBase,
  type StatusReport,
  type Store,
} from '../../src/index.js';
import type { HealthRegistry } from './health-registry.js';

export interface StatusSources {
  knowledge: () => KnowledgeBase;
  health: HealthRegistry;
  /** The store, when one is open (digests and shared state). */
  store?: Pick<Store, 'backend' | 'ping' | 'digests'>;
  /** Why digests are disabled, when they are. */
  digestsDisabled?: string;
  /** The chat adapters that run, as the health registry names them. */
  adapters: string[];
  /** When the process started (ms, `performance.now()`'s clock). */
  startedAt: number;
  replica?: string;
  now?: () => number;
}

/**
 * What `status` reports, from what the running process knows: the loaded knowledge, each
 * adapter's readiness (its reason when not ready, its role when it is a standby), the digests
 * (subscriptions counted in the store), whether the store answers (its code, never its
 * address, when it does not), and uptime.
 */
export async function buildStatus(sources: StatusSources): Promise<StatusReport> {
  const now = sources.now ?? (() => performance.now());
  const knowledge = sources.knowledge();
  const { components } = sources.health.snapshot();
  const adapters = sources.adapters.map((name) => {
    const health = components[name];
    if (!health) return { name, ready: false, state: 'starting' };
    if (!health.ready) return { name, ready: false, state: `not ready: ${health.reason}` };
    const role = health.detail?.role;
    const holder = health.detail?.holder;
    const state =
      role === 'standby' ? `standby (gateway held by ${String(holder)})` : role ? String(role) : 'connected';
    return { name, ready: true, state };
  });
  const health = sources.store ? await sources.store.ping() : undefined;
  return {
    knowledge: {
      version: knowledge.hash,
      cases: knowledge.cases.length,
      ...countProblems(knowledge.problems),
    },
    adapters,
    digests: await digestStatus(sources),
    store: !health
      ? { backend: 'sqlite', healthy: false, reason: sources.digestsDisabled ?? 'not open' }
      : health.type === 'healthy'
        ? { backend: health.backend, healthy: true }
        : { backend: health.backend, healthy: false, reason: health.error.code },
    uptimeSeconds: Math.round((now() - sources.startedAt) / 1000),
    ...(sources.replica ? { replica: sources.replica } : {}),
  };
}

async function digestStatus(sources: StatusSources): Promise<DigestStatus> {
  if (sources.digestsDisabled !== undefined) return { type: 'disabled', reason: sources.digestsDisabled };
  if (!sources.store) return { type: 'off' };
  try {
    const subscriptions = await sources.store.digests.listSubscriptions();
    return {
      type: 'running',
      subscriptions: subscriptions.length,
      paused: subscriptions.filter((s) => s.paused !== undefined).length,
    };
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    return {
      type: 'disabled',
      reason: `the store did not answer (${typeof code === 'string' ? code : 'error'})`,
    };
  }
}
