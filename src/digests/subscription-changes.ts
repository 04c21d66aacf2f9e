/**
 * Tells whoever listens that a subscription changed (added, removed, paused, resumed). The
 * digest handler is built before the bot and the scheduler after the adapters: the handler
 * announces its changes here, and the scheduler, once started, listens and re-arms its timer.
 */
export interface SubscriptionChanges {
  /** A subscription changed: every listener is called. */
  notify(): void;
  /** Calls `listener` on every change from now on; returns the function that stops it. */
  listen(listener: () => void): () => void;
}

export function createSubscriptionChanges(): SubscriptionChanges {
  const listeners = new Set<() => void>();
  return {
    notify() {
      for (const listener of listeners) listener();
    },
    listen(listener) {
      // A wrapper, so that the same function listening twice is stopped once per `listen`.
      const entry = () => listener();
      listeners.add(entry);
      return () => listeners.delete(entry);
    },
  };
}
