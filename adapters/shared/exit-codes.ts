/**
 * How `npm start` ends, for supervisors (documented in docs/running-reliably.md). A stop that
 * was asked for is a success even when the drain had to abandon work: the log names what.
 */
export const EXIT_CODES = {
  /** Stopped on SIGTERM or SIGINT after the drain. */
  stopped: 0,
  /** Could not start: configuration, knowledge folder, or a platform refused the credentials. */
  startFailed: 1,
  /** The only chat adapter stopped for good while running (Discord's gateway refused the bot). */
  adapterLost: 3,
} as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
