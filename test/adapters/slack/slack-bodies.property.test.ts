import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, SIGNING_SECRET, startHarness } from './harness.js';
import { sendToSlackApp } from './slack-requests.js';
import { stubBot } from './stub-bot.js';

// Whatever a correctly signed body holds, the receiver answers it at once with a status, never
// through Bolt's 3-second timeout, and keeps running.

let h: Harness;
let offset = 0;

beforeAll(async () => {
  h = await startHarness(stubBot());
});

afterAll(async () => {
  await h?.close();
});

/** Each request signed with its own timestamp, so that no two share a signature (not a replay). */
async function sendSigned(body: string, type: 'json' | 'form'): Promise<number> {
  offset = (offset + 1) % 250;
  const res = await sendToSlackApp(h.eventsUrl, body, type, {
    secret: SIGNING_SECRET,
    timestamp: Math.floor(Date.now() / 1000) - offset,
  });
  await res.arrayBuffer();
  return res.status;
}

const BOLT_TIMEOUT = /not acknowledged within 3 seconds/;

describe('any signed body', () => {
  it('as JSON gets 200, 400 or 404 at once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (value) => {
        const status = await sendSigned(JSON.stringify(value) ?? 'null', 'json');
        expect([200, 400, 404]).toContain(status);
      }),
      { numRuns: 60 },
    );
    expect(h.logs.raw.join('\n')).not.toMatch(BOLT_TIMEOUT);
  });

  it('as a form or a payload= field gets 200, 400 or 404 at once', async () => {
    const payload = fc.oneof(
      fc.string(),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null'),
      fc
        .record({ type: fc.constantFrom('block_actions', 'shortcut', 'view_submission', 'x') })
        .map((v) => JSON.stringify(v)),
    );
    const form = fc.oneof(
      payload.map((p) => new URLSearchParams({ payload: p }).toString()),
      fc.dictionary(fc.string({ maxLength: 10 }), fc.string()).map((d) => new URLSearchParams(d).toString()),
    );
    await fc.assert(
      fc.asyncProperty(form, async (body) => {
        expect([200, 400, 404]).toContain(await sendSigned(body, 'form'));
      }),
      { numRuns: 60 },
    );
    expect(h.logs.raw.join('\n')).not.toMatch(BOLT_TIMEOUT);
  });
});
