import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { InFlight } from '../shared/in-flight.js';

/** What the drain's log calls a request, and its id: the trigger or event id. */
function describeRequest(body: AnyMiddlewareArgs['body']): { kind: string; id?: string } {
  const field = (name: string) => {
    const value = (body as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : undefined;
  };
  const command = field('command');
  if (command !== undefined) return withId('slack:command', field('trigger_id'));
  if ('event' in body) return withId('slack:event', field('event_id'));
  return withId(`slack:${field('type') ?? 'request'}`, field('trigger_id'));
}

function withId(kind: string, id: string | undefined): { kind: string; id?: string } {
  return id === undefined ? { kind } : { kind, id };
}

/**
 * Global middleware that counts each request as work in flight until its listeners settled:
 * Bolt's `next()` resolves only then, after the answer was posted to the response_url or with
 * `chat.postMessage`, so a stop that waits for `inFlight` waits for every acknowledged answer.
 */
export function trackRequests(inFlight: InFlight): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const { kind, id } = describeRequest(body);
    await inFlight.track(kind, id, next);
  };
}
