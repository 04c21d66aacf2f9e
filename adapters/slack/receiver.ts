import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPReceiver, type HTTPReceiverOptions } from '@slack/bolt';

/** Slack signs each request with its time; anything further from ours is refused (replay). */
export const MAX_TIMESTAMP_SKEW_SECONDS = 5 * 60;

/**
 * Whether `x-slack-request-timestamp` is within five minutes of `nowMs`, in either direction.
 * Bolt refuses only old timestamps; a timestamp from the future would let a captured request
 * be replayed for as long as it stays ahead.
 */
export function isFreshTimestamp(header: string | string[] | undefined, nowMs: number): boolean {
  if (typeof header !== 'string' || !/^\d{1,12}$/.test(header)) return false;
  return Math.abs(Number(header) - Math.floor(nowMs / 1000)) <= MAX_TIMESTAMP_SKEW_SECONDS;
}

export interface CasebotReceiverOptions extends HTTPReceiverOptions {
  /** The clock the timestamp check uses (milliseconds); injected in tests. */
  now?: () => number;
}

/**
 * Bolt's HTTP receiver with one more check before anything else runs: requests to the events
 * endpoint whose timestamp is more than five minutes old or ahead get 401 and never reach
 * Bolt's parsing, signature check or any handler. Bolt still verifies the signature.
 */
export class CasebotReceiver extends HTTPReceiver {
  constructor(options: CasebotReceiverOptions) {
    const { now = Date.now, ...boltOptions } = options;
    super(boltOptions);
    // Bolt routes only exact paths, so an exact match covers every request it would handle.
    const endpoints = new Set([boltOptions.endpoints ?? '/slack/events'].flat());
    const boltListener = this.requestListener;
    this.requestListener = (req: IncomingMessage, res: ServerResponse) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (
        req.method === 'POST' &&
        endpoints.has(path) &&
        !isFreshTimestamp(req.headers['x-slack-request-timestamp'], now())
      ) {
        // Drain the body so the connection can be reused, then refuse.
        req.resume();
        res.writeHead(401);
        res.end();
        return;
      }
      boltListener(req, res);
    };
  }
}
