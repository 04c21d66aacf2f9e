import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createButtonIds } from '../../../adapters/discord/button-ids.js';
import { renderDiscordReply } from '../../../adapters/discord/render.js';
import type { CaseHit, Reply, ReplyAction } from '../../../src/index.js';
import { expectWithinDiscordLimits, hostileText } from './discord-limits.js';

const text = hostileText(1500);
const list = <T>(arb: fc.Arbitrary<T>, maxLength: number) => fc.array(arb, { maxLength });

const caseHit: fc.Arbitrary<CaseHit> = fc.record(
  {
    id: text,
    title: text,
    summary: text,
    countries: list(fc.oneof(fc.constantFrom('KR', 'FR', 'US', 'ZZ'), text), 40),
    year: fc.integer({ min: -5000, max: 5000 }),
    url: fc.oneof(fc.webUrl(), text),
    tags: list(text, 40),
    level: text,
    organisation: text,
    matched: list(text, 40),
  },
  { requiredKeys: ['id', 'title', 'summary', 'countries', 'tags'] },
);
const action: fc.Arbitrary<ReplyAction> = fc.record({
  type: fc.constantFrom('more', 'random', 'details'),
  label: text,
  command: text,
});
const base = fc.record({
  cases: list(caseHit, 30),
  total: fc.nat(),
  actions: list(action, 40),
  heading: text,
  notice: fc.option(text, { nil: undefined }),
  visibility: fc.constantFrom('private' as const, 'channel' as const),
  shareCommand: fc.option(text, { nil: undefined }),
});

const reply: fc.Arbitrary<Reply> = fc.oneof(
  base.chain((b) =>
    fc
      .record({ page: fc.nat(), pageCount: fc.nat() })
      .map((p): Reply => ({ ...b, ...p, type: 'results', intent: { type: 'search', query: 'q', page: 1 } })),
  ),
  base.map((b): Reply => ({ ...b, type: 'case', intent: { type: 'show', id: 'x' } })),
  fc
    .tuple(base, list(fc.record({ code: text, name: text, flag: text, count: fc.nat() }), 300))
    .map(([b, countries]): Reply => ({ ...b, type: 'countries', intent: { type: 'countries' }, countries })),
  fc
    .tuple(base, list(fc.record({ usage: text, description: text, example: text }), 40))
    .map(
      ([b, commands]): Reply => ({ ...b, type: 'help', intent: { type: 'help', reason: 'asked' }, commands }),
    ),
  fc.tuple(base, text, list(text, 40)).map(
    ([b, message, suggestions]): Reply => ({
      ...b,
      type: 'not-found',
      intent: { type: 'search', query: 'q', page: 1 },
      message,
      suggestions,
    }),
  ),
  fc.tuple(base, list(text, 300)).map(
    ([b, lines]): Reply => ({
      ...b,
      type: 'digest',
      intent: { type: 'digest', command: { type: 'list' } },
      lines,
    }),
  ),
  fc.tuple(base, text).map(([b, message]): Reply => ({ ...b, type: 'error', message })),
);

describe('renderDiscordReply, for any reply', () => {
  it('stays within every Discord limit and pings no one', () => {
    fc.assert(
      fc.property(reply, (r) => {
        const payload = renderDiscordReply(r, { buttonIds: createButtonIds() });
        expect(payload.allowed_mentions).toEqual({ parse: [], replied_user: false });
        expectWithinDiscordLimits(payload);
      }),
      { numRuns: 300 },
    );
  });
});
