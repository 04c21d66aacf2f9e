/** One piece of work in flight, as the drain names it when it has to abandon it. */
export interface InFlightEntry {
  /** What it is, e.g. `slack:command` or `discord:interaction`. */
  kind: string;
  /** The request's id (trigger, event or interaction id), when it has one. */
  id?: string;
  /** When it started, from the tracker's clock (ms). */
  since: number;
}

/**
 * Counts the work an adapter has taken on and not finished (an answer still to be posted), so
 * that a stop can wait for it. Adapters report their work here rather than each keeping a count.
 */
export interface InFlight {
  /** Runs `work`, counted until it settles; its result or error passes through unchanged. */
  track<T>(kind: string, id: string | undefined, work: () => Promise<T>): Promise<T>;
  /** Counts work that ends when the returned function is called (once; later calls do nothing). */
  begin(kind: string, id?: string): () => void;
  /** How many pieces of work are in flight. */
  readonly size: number;
  /** Resolves when nothing is in flight: at once if nothing is, else when the last one ends. */
  idle(): Promise<void>;
  /** The work in flight, oldest first. */
  pending(): InFlightEntry[];
}

/** An empty tracker; `now` (ms) dates the entries, for the log of abandoned work. */
export function createInFlight(now: () => number = () => performance.now()): InFlight {
  const entries = new Map<number, InFlightEntry>();
  let waiters: (() => void)[] = [];
  let next = 0;

  const begin = (kind: string, id?: string) => {
    const key = next++;
    entries.set(key, id === undefined ? { kind, since: now() } : { kind, id, since: now() });
    return () => {
      if (!entries.delete(key) || entries.size > 0) return;
      const woken = waiters;
      waiters = [];
      for (const wake of woken) wake();
    };
  };

  return {
    begin,
    async track(kind, id, work) {
      const end = begin(kind, id);
      try {
        return await work();
      } finally {
        end();
      }
    },
    get size() {
      return entries.size;
    },
    idle() {
      if (entries.size === 0) return Promise.resolve();
      return new Promise<void>((resolve) => waiters.push(resolve));
    },
    pending() {
      return [...entries.values()];
    },
  };
}
