import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carriesDelivery, renderDigestMessage } from '../../../adapters/discord/render-digest.js';
import type { DigestCase, DigestMessage } from '../../../src/index.js';
import { expectWithinDiscordLimits, hostileText } from './discord-limits.js';

const text = hostileText(3000);
const list = <T>(arb: fc.Arbitrary<T>, maxLength: number) => fc.array(arb, { maxLength });

const digestCase: fc.Arbitrary<DigestCase> = fc.record(
  {
    id: text,
    title: text,
    summary: text,
    countries: list(fc.record({ code: text, name: text, flag: text }), 40),
    year: fc.integer({ min: -5000, max: 5000 }),
    url: fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.webUrl().map((url) => `${url}/${'(a) b'.repeat(200)}`),
      text,
    ),
  },
  { requiredKeys: ['id', 'title', 'summary', 'countries'] },
);
/** Delivery ids as the scheduler makes them (`dl-` and 10 characters of a-z0-9). */
const deliveryId = fc
  .string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 10, maxLength: 10 })
  .map((s) => `dl-${s}`);

const message: fc.Arbitrary<DigestMessage> = fc
  .record({
    deliveryId,
    subscriptionId: text,
    heading: text,
    date: text,
    filters: text,
    newCases: list(digestCase, 30),
    cases: list(digestCase, 30),
    notice: fc.option(text, { nil: undefined }),
    footer: text,
    unsubscribeCommand: text,
    refInFooter: fc.boolean(),
  })
  .map(({ refInFooter, ...m }) => ({
    ...m,
    footer: refInFooter ? `${m.footer} · ref ${m.deliveryId}` : m.footer,
  }));

describe('renderDigestMessage, for any digest', () => {
  it('stays within every Discord limit, pings no one, and carries its delivery id', () => {
    fc.assert(
      fc.property(message, (m) => {
        const payload = renderDigestMessage(m);
        expect(payload.allowed_mentions).toEqual({ parse: [] });
        expect(payload.nonce).toBe(m.deliveryId);
        expect(payload.embeds.length).toBeGreaterThan(0);
        for (const embed of payload.embeds) expect(embed.description).toBeUndefined();
        expectWithinDiscordLimits(payload);
        expect(carriesDelivery(payload, m.deliveryId)).toBe(true);
        // Every case has a field, up to 25 per section (the 25th then counts the rest).
        const fields = payload.embeds.reduce((sum, e) => sum + (e.fields?.length ?? 0), 0);
        expect(fields).toBe(Math.min(m.newCases.length, 25) + Math.min(m.cases.length, 25));
      }),
      { numRuns: 200 },
    );
  });
});
