import type { Store } from '../../src/index.js';
import type { ComponentHealth, HealthRegistry, HealthSnapshot } from './health-registry.js';

/** A component whose readiness is asked at each check (the store answers now or not). */
export type LiveCheck = () => Promise<ComponentHealth>;

/** A live check that has not answered by then counts as not ready. */
export const LIVE_CHECK_TIMEOUT_MS = 2000;

export interface ReadinessOptions {
  health: HealthRegistry;
  live: Record<string, LiveCheck>;
  timeoutMs?: number;
}

/**
 * What `/readyz` answers: the registry's components plus the live checks, ready only while
 * running with every one ready. Once a stop began it answers at once, without asking anything:
 * not ready, whatever the components say.
 */
export async function checkReadiness(options: ReadinessOptions): Promise<HealthSnapshot> {
  const snapshot = options.health.snapshot();
  if (snapshot.phase === 'stopping') return snapshot;
  const timeoutMs = options.timeoutMs ?? LIVE_CHECK_TIMEOUT_MS;
  const live = await Promise.all(
    Object.entries(options.live).map(
      async ([name, check]) => [name, await withTimeout(check, timeoutMs)] as const,
    ),
  );
  const components = { ...snapshot.components, ...Object.fromEntries(live) };
  // The phase may have changed while the checks ran: a stop that began meanwhile wins.
  const phase = options.health.phase;
  const ready = phase === 'running' && Object.values(components).every((c) => c.ready);
  return { phase, ready, components };
}

async function withTimeout(check: LiveCheck, ms: number): Promise<ComponentHealth> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<ComponentHealth>((resolve) => {
    timer = setTimeout(() => resolve({ ready: false, reason: `no answer within ${ms} ms` }), ms);
  });
  try {
    return await Promise.race([
      check().catch(
        (err: unknown): ComponentHealth => ({
          ready: false,
          reason: err instanceof Error ? err.message : String(err),
        }),
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The store answers now: its `ping`, with the backend and latency, or why it does not. */
export function storeReadiness(store: Pick<Store, 'ping'>): LiveCheck {
  return async (): Promise<ComponentHealth> => {
    const health = await store.ping();
    switch (health.type) {
      case 'healthy':
        return { ready: true, detail: { backend: health.backend, latencyMs: Math.round(health.latencyMs) } };
      case 'unhealthy':
        return {
          ready: false,
          reason: health.error.message,
          detail: { backend: health.backend, code: health.error.code },
        };
      default: {
        const never: never = health;
        return never;
      }
    }
  };
}
