import type { Phase, PhaseResult } from './core-bench-phases.js';

/** What one phase gave: its figures, or why there are none (failed, timed out, skipped). */
export type PhaseOutcome<P extends Phase = Phase> =
  | { ok: true; result: Extract<PhaseResult, { phase: P }>; wallMs: number; peakRssBytes: number }
  | { ok: false; reason: string };

export interface SizeResults {
  size: number;
  phases: { [P in Phase]?: PhaseOutcome<P> };
}
