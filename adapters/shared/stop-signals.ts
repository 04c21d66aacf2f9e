/** The signals that ask casebot to stop: SIGTERM from supervisors, SIGINT from a terminal. */
export const STOP_SIGNALS = ['SIGTERM', 'SIGINT'] as const;
export type StopSignal = (typeof STOP_SIGNALS)[number];

/** The part of `process` this uses; an EventEmitter in tests. */
export interface SignalSource {
  on(signal: StopSignal, listener: () => void): unknown;
  off(signal: StopSignal, listener: () => void): unknown;
}

/**
 * Calls `stop` on the first SIGTERM or SIGINT and `again` on every later one. The listeners stay
 * (`on`, not `once`): a signal with no listener kills Node, and a stop often brings more than
 * one (a process group's SIGTERM reaches casebot and npm, and npm forwards its copy).
 * Returns a function that removes the listeners.
 */
export function onStopSignals(
  stop: (signal: StopSignal) => void,
  again: (signal: StopSignal) => void,
  source: SignalSource = process,
): () => void {
  let stopping = false;
  const listeners = STOP_SIGNALS.map((signal) => {
    const listener = () => {
      if (stopping) {
        again(signal);
        return;
      }
      stopping = true;
      stop(signal);
    };
    source.on(signal, listener);
    return { signal, listener };
  });
  return () => {
    for (const { signal, listener } of listeners) source.off(signal, listener);
  };
}
