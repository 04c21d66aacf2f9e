import type { LeaseStore, Logger } from '../../src/index.js';

/** Where a replica stands with a lease: doing the job, waiting to take it over, or done. */
export type LeaseState =
  | { type: 'holding' }
  /** `holder` is who holds it, when the store said (unknown while the store does not answer). */
  | { type: 'standby'; holder?: string }
  | { type: 'stopped' };

/** Arms `fn` after `ms`; returns what cancels it. Injected in tests. */
export type ArmTimer = (ms: number, fn: () => void) => () => void;

const realTimer: ArmTimer = (ms, fn) => {
  const handle = setTimeout(fn, ms);
  handle.unref();
  return () => clearTimeout(handle);
};

export interface LeaseKeeperOptions {
  leases: LeaseStore;
  /** The lease, e.g. `discord-gateway`. */
  name: string;
  /** This replica, as other replicas' readiness names it. */
  holder: string;
  /** How long the lease lasts unless renewed: a dead holder is replaced within about this much. */
  ttlMs: number;
  /** How often the holder renews (well within `ttlMs`, so that a slow renewal or two is survived). */
  renewEveryMs: number;
  /** How often a standby tries to take the lease. */
  retryEveryMs: number;
  /** Starts the job once the lease is held; a failure releases the lease (and fails the first start). */
  startJob(): Promise<void>;
  /** Stops the job at once: the lease was lost, or is being released. */
  stopJob(): Promise<void>;
  onChange?(state: LeaseState): void;
  logger: Logger;
  /** Clock in ms. */
  now?: () => number;
  timer?: ArmTimer;
}

export interface LeaseKeeper {
  /** The first attempt: resolves once holding with the job started, or standing by; rejects if the job cannot start. */
  start(): Promise<LeaseState>;
  readonly state: LeaseState;
  /** Stops trying; if holding, stops the job and releases the lease so that a standby takes it at once. */
  stop(): Promise<void>;
}

/**
 * Keeps a job (the Discord gateway) running on exactly one replica: the holder renews its lease
 * every `renewEveryMs`; when a renewal finds it taken over, or the store has not confirmed it
 * for so long that it may have expired, the job stops at once. A standby tries to take the
 * lease every `retryEveryMs` and starts the job when it does. So a holder that dies is replaced
 * within `ttlMs + retryEveryMs` plus the job's start, and two replicas never both run the job
 * while their clocks agree within `renewEveryMs`.
 */
export function createLeaseKeeper(options: LeaseKeeperOptions): LeaseKeeper {
  const { leases, name, holder, ttlMs, logger } = options;
  const now = options.now ?? Date.now;
  const timer = options.timer ?? realTimer;
  let state: LeaseState = { type: 'standby' };
  let confirmedUntil = 0;
  let cancelTimer: (() => void) | undefined;
  let stopped = false;
  // Ticks run one at a time; the job starts beside them, so renewals go on while it starts.
  let ticks: Promise<void> = Promise.resolve();
  let term = 0;

  const set = (next: LeaseState) => {
    state = next;
    options.onChange?.(next);
  };
  const schedule = (ms: number) => {
    cancelTimer?.();
    cancelTimer = timer(ms, () => {
      cancelTimer = undefined;
      ticks = ticks
        .then(tick)
        .catch((err: unknown) => logger.error({ err, lease: name }, 'lease tick failed'));
    });
  };

  async function standBy(): Promise<void> {
    const current = await leases.holder(name).catch(() => undefined);
    set(current ? { type: 'standby', holder: current.holder } : { type: 'standby' });
    schedule(options.retryEveryMs);
  }

  /** Takes the lease if it can; resolves with the job's start when it did (wrapped: not awaited here). */
  async function tryAcquire(): Promise<{ job: Promise<void> } | undefined> {
    let won: boolean;
    try {
      won = await leases.acquire(name, holder, ttlMs);
    } catch (err) {
      logger.warn({ err, lease: name }, 'could not ask for the lease; standing by');
      set({ type: 'standby' });
      schedule(options.retryEveryMs);
      return undefined;
    }
    if (!won) {
      await standBy();
      return undefined;
    }
    confirmedUntil = now() + ttlMs;
    const myTerm = ++term;
    set({ type: 'holding' });
    logger.info({ lease: name, holder }, 'lease taken: starting the job');
    schedule(options.renewEveryMs);
    const job = options.startJob().catch(async (err: unknown) => {
      if (myTerm !== term) return; // lost meanwhile: the job was stopped on purpose
      logger.error({ err, lease: name }, 'the job could not start; giving the lease up');
      await giveUp();
      throw err;
    });
    return { job };
  }

  async function giveUp(): Promise<void> {
    term += 1;
    await options.stopJob().catch((err: unknown) => logger.error({ err }, 'could not stop the job'));
    await leases
      .release(name, holder)
      .catch((err: unknown) => logger.warn({ err }, 'could not release the lease'));
    if (!stopped) await standBy();
  }

  async function renew(): Promise<void> {
    try {
      if (await leases.renew(name, holder, ttlMs)) {
        confirmedUntil = now() + ttlMs;
        schedule(options.renewEveryMs);
        return;
      }
      logger.warn({ lease: name, holder }, 'lease taken over by another replica: stopping the job');
    } catch (err) {
      // Until the lease may have expired, it is still ours: keep the job and try again.
      if (now() + options.renewEveryMs < confirmedUntil) {
        logger.warn({ err, lease: name }, 'could not renew the lease; trying again');
        schedule(options.renewEveryMs);
        return;
      }
      logger.error({ err, lease: name }, 'could not renew the lease before it may expire: stopping the job');
    }
    term += 1;
    await options.stopJob().catch((err: unknown) => logger.error({ err }, 'could not stop the job'));
    await standBy();
  }

  async function tick(): Promise<void> {
    if (stopped) return;
    if (state.type === 'holding') await renew();
    else (await tryAcquire())?.job.catch(() => undefined);
  }

  return {
    get state() {
      return state;
    },
    async start() {
      const taken = await tryAcquire();
      if (taken) await taken.job;
      return state;
    },
    async stop() {
      stopped = true;
      cancelTimer?.();
      await ticks;
      const held = state.type === 'holding';
      set({ type: 'stopped' });
      if (!held) return;
      term += 1;
      await options.stopJob().catch((err: unknown) => logger.error({ err }, 'could not stop the job'));
      await leases
        .release(name, holder)
        .catch((err: unknown) => logger.warn({ err }, 'could not release the lease'));
      logger.info({ lease: name, holder }, 'lease released');
    },
  };
}
