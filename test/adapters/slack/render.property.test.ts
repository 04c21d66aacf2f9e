import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderSlackReply, type SlackRenderOptions } from '../../../adapters/slack/render.js';
import type { CaseHit, CaseMenu, FilterMenu, Reply, ReplyAction } from '../../../src/index.js';
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
    related: fc.record({
      topics: fc.array(text(60), { maxLength: 20 }),
      words: fc.array(text(30), { maxLength: 20 }),
    }),
  },
  { requiredKeys: ['id', 'title', 'summary', 'countries', 'tags'] },
);

const action: fc.Arbitrary<ReplyAction> = fc.record(
  {
    type: fc.constantFrom(
      'more',
      'previous',
      'random',
      'details',
      'similar',
      'relax',
      'alternative',
      'example',
    ),
    label: text(120),
    command: fc.oneof(text(80), fc.string({ minLength: 1900, maxLength: 2100 })),
    caseId: fc.oneof(text(10), fc.string({ minLength: 1, maxLength: 40 })),
  },
  { requiredKeys: ['type', 'label', 'command'] },
);

const SEARCH: Extract<Reply, { type: 'results' }>['intent'] = {
  type: 'search',
  query: 'q',
  filters: {},
  sort: 'relevance',
  page: 1,
};

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

/** Filter menus as the core could make them, and worse: long labels, long or repeated commands, 300 options. */
const menus: fc.Arbitrary<FilterMenu[]> = fc.array(
  fc.record({
    facet: fc.constantFrom('country' as const, 'topic' as const, 'year' as const),
    placeholder: text(200),
    options: fc.array(
      fc.record({
        key: text(10),
        label: text(200),
        count: fc.nat(),
        command: fc.oneof(text(80), fc.string({ minLength: 140, maxLength: 200 })),
      }),
      { maxLength: 300 },
    ),
    values: fc.nat({ max: 100_000 }),
    noun: text(200),
  }),
  { maxLength: 3 },
);

/** "Compare with…" as the core could make it, and worse: long titles, long or repeated commands, 150 cases. */
const compareMenu: fc.Arbitrary<CaseMenu> = fc.record({
  placeholder: text(200),
  options: fc.array(
    fc.record({
      key: text(10),
      label: text(300),
      command: fc.oneof(text(80), fc.string({ minLength: 140, maxLength: 200 })),
    }),
    { maxLength: 150 },
  ),
});

const reply: fc.Arbitrary<Reply> = fc.oneof(
  fc
    .record(
      { ...base, type: fc.constant('results' as const), page: fc.nat(), pageCount: fc.nat(), menus },
      { requiredKeys: ['cases', 'total', 'actions', 'heading', 'visibility', 'type', 'page', 'pageCount'] },
    )
    .map((r): Reply => ({ ...r, intent: { ...SEARCH, page: r.page } })),
  fc
    .record(
      { ...base, type: fc.constant('case' as const), compare: compareMenu },
      {
        requiredKeys: ['cases', 'total', 'actions', 'heading', 'visibility', 'type'],
      },
    )
    .map((r): Reply => ({ ...r, intent: { type: 'show', id: 'x' } })),
  fc
    .record({
      ...base,
      type: fc.constant('counts' as const),
      groups: fc.array(fc.record({ key: text(4), label: text(80), count: fc.nat(), command: text(100) }), {
        maxLength: 300,
      }),
    })
    .map(
      (r): Reply => ({
        ...r,
        facet: 'country',
        intent: { type: 'count', query: '', filters: {}, by: 'country' },
      }),
    ),
  fc
    .record({
      ...base,
      type: fc.constant('compare' as const),
      rows: fc.array(fc.record({ label: text(40), values: fc.array(text(2000), { maxLength: 4 }) }), {
        maxLength: 20,
      }),
      shared: fc.array(text(400), { maxLength: 30 }),
    })
    .map((r): Reply => ({ ...r, intent: { type: 'compare', ids: ['a', 'b'] } })),
  fc
    .record({ ...base, type: fc.constant('message' as const), lines: fc.array(text(800), { maxLength: 60 }) })
    .map((r): Reply => ({ ...r, intent: { type: 'small-talk', kind: 'greeting' } })),
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
    .map((r): Reply => ({ ...r, intent: SEARCH })),
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
