/** Where the process is in its life: readiness is false outside `running`. */
export type LifecyclePhase = 'starting' | 'running' | 'stopping';

/** Facts a readiness check shows beside a component's state (a standby's lease holder). */
export type HealthDetail = Record<string, string | number | boolean>;

/** Whether one part (an adapter, the store) can serve; when not, why. */
export type ComponentHealth =
  | { ready: true; detail?: HealthDetail }
  | { ready: false; reason: string; detail?: HealthDetail };

/** What a readiness check reports. */
export interface HealthSnapshot {
  phase: LifecyclePhase;
  /** True only while running with every component ready. */
  ready: boolean;
  components: Record<string, ComponentHealth>;
}

/**
 * The process's own view of its health, kept by the code that starts and stops things so that a
 * readiness endpoint only has to read it. It turns not ready the moment a stop begins.
 */
export interface HealthRegistry {
  readonly phase: LifecyclePhase;
  /** Sets a component's state, e.g. `set('discord', { ready: false, reason })`. */
  set(component: string, health: ComponentHealth): void;
  /** Everything is started: ready as soon as every component is. */
  running(): void;
  /** A stop began: not ready from now on, whatever the components say. */
  stopping(): void;
  snapshot(): HealthSnapshot;
}

export function createHealthRegistry(): HealthRegistry {
  let phase: LifecyclePhase = 'starting';
  const components = new Map<string, ComponentHealth>();
  return {
    get phase() {
      return phase;
    },
    set(component, health) {
      components.set(component, health);
    },
    running() {
      if (phase === 'starting') phase = 'running';
    },
    stopping() {
      phase = 'stopping';
    },
    snapshot() {
      const all = Object.fromEntries(components);
      const ready = phase === 'running' && [...components.values()].every((c) => c.ready);
      return { phase, ready, components: all };
    },
  };
}
