import type { DrainableAdapter, DrainTimer } from '../../../adapters/shared/drain.js';
import { deferred } from '../discord/test-doubles.js';

/** A drain timer the test fires by hand: no wall-clock waits. */
export function manualTimer() {
  const armed: { ms: number; fire(): void; cancelled: boolean }[] = [];
  const timer: DrainTimer = (ms) => {
    const elapsed = deferred<void>();
    const entry = { ms, fire: () => elapsed.resolve(), cancelled: false };
    armed.push(entry);
    return { elapsed: elapsed.promise, cancel: () => (entry.cancelled = true) };
  };
  return { timer, armed };
}

/** An adapter that records, into `events`, when each step is asked for and when it finishes. */
export function recordingAdapter(name: string, events: string[], options: { closeHangs?: boolean } = {}) {
  const receiving = deferred<void>();
  const adapter: DrainableAdapter = {
    name,
    stopAccepting: async () => {
      events.push(`${name}: stop accepting`);
      await receiving.promise;
      events.push(`${name}: stopped accepting`);
    },
    close: async () => {
      events.push(`${name}: close`);
      if (options.closeHangs) await new Promise(() => {});
    },
  };
  return { adapter, receiverClosed: () => receiving.resolve() };
}

/** Digests whose post in flight the test finishes by hand. */
export function recordingDigests(events: string[]) {
  const post = deferred<void>();
  return {
    digests: {
      scheduler: {
        stop: async () => {
          events.push('digests: scheduler stop');
          await post.promise;
          events.push('digests: post done');
        },
      },
      stop: async () => {
        events.push('digests: store closed');
      },
    },
    postDone: () => post.resolve(),
  };
}

/** Lets every pending promise continuation run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}
