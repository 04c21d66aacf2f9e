import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderSlackReply, type SlackRenderOptions } from '../../../adapters/slack/render.js';
import type { CaseHit, Reply, ReplyAction } from '../../../src/index.js';
import { limitProblems, markupProblems, hostileText as text } from './slack-limits.js';

const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  text(60),
  fc.constant('https://x.example/<!channel>|y&z'),
);

const caseHit: fc.Arbitrary<CaseHit> = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 40 }),
    title: text(400),
    summary: text(6000),
    countries: fc.array(fc.oneof(fc.constantFrom('BE', 'FR', 'KR', 'US', 'XX'), text(6)), { maxLength: 30 }),
    year: fc.integer({ min: -1, max: 99_999 }),
    url,
    tags: fc.array(text(60), { maxLength: 25 }),
    truncated: fc.constant(true as const),
    level: text(40),
    organisation: text(300),
    matched: fc.array(text(30), { maxLength: 10 }),
  },
  { requiredKeys: ['id', 'title', 'summary', 'countries', 'tags'] },
);

const action: fc.Arbitrary<ReplyAction> = fc.record({
  type: fc.constantFrom('more', 'random', 'details'),
  label: text(120),
  command: fc.oneof(text(80), fc.string({ minLength: 1900, maxLength: 2100 })),
});

const base = {
  cases: fc.array(caseHit, { maxLength: 40 }),
  total: fc.nat(),
  notice: fc.option(text(3000), { nil: undefined }),
  actions: fc.array(action, { maxLength: 40 }),
  heading: text(400),
  visibility: fc.constantFrom('private' as const, 'channel' as const),
  shareCommand: fc.option(fc.oneof(text(100), fc.string({ minLength: 1990, maxLength: 2010 })), {
    nil: undefined,
  }),
};

const reply: fc.Arbitrary<Reply> = fc.oneof(
  fc
    .record({ ...base, type: fc.constant('results' as const), page: fc.nat(), pageCount: fc.nat() })
    .map((r): Reply => ({ ...r, intent: { type: 'search', query: 'q', page: r.page } })),
  fc
    .record({ ...base, type: fc.constant('case' as const) })
    .map((r): Reply => ({ ...r, intent: { type: 'show', id: 'x' } })),
  fc
    .record({
      ...base,
      type: fc.constant('countries' as const),
      countries: fc.array(fc.record({ code: text(4), name: text(80), flag: text(4), count: fc.nat() }), {
        maxLength: 300,
      }),
    })
    .map((r): Reply => ({ ...r, intent: { type: 'countries' } })),
  fc
    .record({
      ...base,
      type: fc.constant('help' as const),
      commands: fc.array(fc.record({ usage: text(200), description: text(800), example: text(200) }), {
        maxLength: 60,
      }),
    })
    .map((r): Reply => ({ ...r, intent: { type: 'help', reason: 'asked' } })),
  fc
    .record({
      ...base,
      type: fc.constant('not-found' as const),
      message: text(5000),
      suggestions: fc.array(text(100), { maxLength: 80 }),
    })
    .map((r): Reply => ({ ...r, intent: { type: 'search', query: 'q', page: 1 } })),
  fc
    .record({
      ...base,
      type: fc.constant('digest' as const),
      lines: fc.array(text(400), { maxLength: 100 }),
    })
    .map((r): Reply => ({ ...r, intent: { type: 'digest', command: { type: 'list' } } })),
  fc.record({ ...base, type: fc.constant('error' as const), message: text(5000) }),
);

const options: fc.Arbitrary<SlackRenderOptions> = fc.record(
  {
    sharedBy: fc.oneof(fc.stringMatching(/^U[A-Z0-9]{8}$/), text(20)),
    commandPrefix: text(30),
  },
  { requiredKeys: [] },
);

describe('renderSlackReply (property)', () => {
  it('stays within Slack limits and forms no mention or link for any reply and options', () => {
    fc.assert(
      fc.property(reply, options, (r, o) => {
        const message = renderSlackReply(r, o);
        expect(limitProblems(message)).toEqual([]);
        expect(markupProblems(message, o.sharedBy)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
