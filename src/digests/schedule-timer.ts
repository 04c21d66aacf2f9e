/**
 * Runs `fn` after `delayMs`; returns a function that cancels it. Injected so tests never wait:
 * `fn`'s promise settles when the tick it runs and the re-arming are done.
 */
export type ScheduleTimer = (fn: () => Promise<void>, delayMs: number) => () => void;

/** setTimeout fires at once for longer delays. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

export const realTimer: ScheduleTimer = (fn, delayMs) => {
  const handle = setTimeout(() => void fn(), Math.min(delayMs, MAX_TIMEOUT_MS));
  handle.unref();
  return () => clearTimeout(handle);
};
