import { z } from 'zod';
import { describeStatus, type StatusReport } from '../../src/index.js';
import { OPS_PATHS } from '../shared/ops-server.js';

/** A status that has not come by then is reported as no answer. */
const STATUS_TIMEOUT_MS = 5000;

const statusReportSchema = z.object({
  knowledge: z.object({ version: z.string(), cases: z.number(), errors: z.number(), warnings: z.number() }),
  adapters: z.array(z.object({ name: z.string(), ready: z.boolean(), state: z.string() })),
  digests: z.discriminatedUnion('type', [
    z.object({ type: z.literal('running'), subscriptions: z.number(), paused: z.number() }),
    z.object({ type: z.literal('disabled'), reason: z.string() }),
    z.object({ type: z.literal('off') }),
  ]),
  store: z.object({
    backend: z.enum(['sqlite', 'postgres']),
    healthy: z.boolean(),
    reason: z.string().optional(),
  }),
  uptimeSeconds: z.number(),
  replica: z.string().optional(),
});

/** Where `casebot status` asks: the ops listener of a casebot on this machine (OPS_PORT). */
export function defaultStatusUrl(opsPort: number): string {
  return `http://127.0.0.1:${opsPort}${OPS_PATHS.status}`;
}

export type StatusOutcome = { type: 'report'; report: StatusReport } | { type: 'no-answer'; reason: string };

/** Asks a running casebot for its status; never throws. */
export async function fetchStatus(url: string): Promise<StatusOutcome> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(STATUS_TIMEOUT_MS) });
    if (!res.ok) {
      await res.body?.cancel();
      return { type: 'no-answer', reason: `${url} answered ${res.status}` };
    }
    const parsed = statusReportSchema.safeParse(await res.json());
    if (!parsed.success) return { type: 'no-answer', reason: `${url} did not answer with a casebot status` };
    const { replica, store, ...rest } = parsed.data;
    const report: StatusReport = {
      ...rest,
      store:
        store.reason === undefined
          ? { backend: store.backend, healthy: store.healthy }
          : { ...store, reason: store.reason },
      ...(replica === undefined ? {} : { replica }),
    };
    return { type: 'report', report };
  } catch (err) {
    const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : String(err);
    return { type: 'no-answer', reason: `nothing answered at ${url} (${cause})` };
  }
}

/** What `casebot status` prints, and its exit code: 0 with a report, 1 without. */
export function renderStatusOutcome(
  outcome: StatusOutcome,
  json: boolean,
): { text: string; exitCode: number } {
  switch (outcome.type) {
    case 'report':
      return {
        text: json ? `${JSON.stringify(outcome.report)}\n` : `${describeStatus(outcome.report).join('\n')}\n`,
        exitCode: 0,
      };
    case 'no-answer':
      return {
        text: `casebot status: ${outcome.reason}.\nIs casebot running with a chat adapter (npm start with Slack or Discord set)? The console chat has no status listener; OPS_PORT or --url says where to ask.\n`,
        exitCode: 1,
      };
    default: {
      const never: never = outcome;
      return never;
    }
  }
}
