import fc from 'fast-check';
import type { CaseHit, CaseMenu, FilterMenu, Intent, Reply, ReplyAction } from '../../src/index.js';

/** A platform's hostile text of about `max` characters (a platform may size its own). */
export type HostileText = (max: number) => fc.Arbitrary<string>;

const list = <T>(arb: fc.Arbitrary<T>, maxLength: number) => fc.array(arb, { maxLength });

const SEARCH: Extract<Intent, { type: 'search' }> = {
  type: 'search',
  query: 'q',
  filters: {},
  sort: 'relevance',
  page: 1,
};

/** Filter menus as the core could make them, and worse: long labels, long or repeated commands, 300 options. */
function menusArbitrary(text: HostileText): fc.Arbitrary<FilterMenu[]> {
  return list(
    fc.record({
      facet: fc.constantFrom('country' as const, 'topic' as const, 'year' as const),
      placeholder: text(200),
      options: list(
        fc.record({
          key: text(10),
          label: text(200),
          count: fc.nat(),
          command: fc.oneof(text(80), fc.string({ minLength: 140, maxLength: 200 })),
        }),
        300,
      ),
      values: fc.nat({ max: 100_000 }),
      noun: text(200),
    }),
    4,
  );
}

/** "Compare with…" as the core could make it, and worse: long titles, long or repeated commands, 150 cases. */
function compareMenuArbitrary(text: HostileText): fc.Arbitrary<CaseMenu> {
  return fc.record({
    placeholder: text(200),
    options: list(
      fc.record({
        key: text(10),
        label: text(300),
        command: fc.oneof(text(80), fc.string({ minLength: 140, maxLength: 200 })),
      }),
      150,
    ),
  });
}

/** A page of results, with filter menus or without. */
export function resultsArbitrary(text: HostileText): fc.Arbitrary<Extract<Reply, { type: 'results' }>> {
  return fc
    .record(
      { ...baseOf(text), page: fc.nat(), pageCount: fc.nat(), menus: menusArbitrary(text) },
      { requiredKeys: ['cases', 'total', 'actions', 'heading', 'visibility', 'page', 'pageCount'] },
    )
    .map((r) => ({ ...r, type: 'results' as const, intent: { ...SEARCH, page: r.page } }));
}

/** The fields every reply has: cases, actions, heading, notice, visibility, Share. */
function baseOf(text: HostileText) {
  const caseHit: fc.Arbitrary<CaseHit> = fc.record(
    {
      id: fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), text(40)),
      title: text(400),
      summary: text(6000),
      countries: list(fc.oneof(fc.constantFrom('BE', 'FR', 'KR', 'US', 'XX', 'ZZ'), text(6)), 40),
      year: fc.integer({ min: -5000, max: 99_999 }),
      url: fc.oneof(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        text(60),
        fc.constant('https://x.example/<!channel>|y&z'),
      ),
      tags: list(text(60), 40),
      truncated: fc.constant(true as const),
      level: text(40),
      organisation: text(300),
      matched: list(text(30), 40),
      related: fc.record({ topics: list(text(60), 20), words: list(text(30), 20) }),
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
      caseId: fc.oneof(text(10), fc.string({ minLength: 1, maxLength: 40 }), fc.constantFrom('KR', 'x')),
    },
    { requiredKeys: ['type', 'label', 'command'] },
  );
  return {
    cases: list(caseHit, 40),
    total: fc.nat(),
    notice: fc.option(text(3000), { nil: undefined }),
    actions: list(action, 40),
    heading: text(400),
    visibility: fc.constantFrom('private' as const, 'channel' as const),
    shareCommand: fc.option(fc.oneof(text(100), fc.string({ minLength: 1990, maxLength: 2010 })), {
      nil: undefined,
    }),
  };
}

/**
 * Any reply the core could hand a renderer, with every text field drawn from the platform's
 * hostile text: for the render property tests of every adapter. Sizes are each field's own, and
 * commands include some just around a button value's 2,000 characters.
 */
export function replyArbitrary(text: HostileText): fc.Arbitrary<Reply> {
  const base = baseOf(text);
  return fc.oneof(
    resultsArbitrary(text),
    fc
      .record(
        { ...base, compare: compareMenuArbitrary(text) },
        { requiredKeys: ['cases', 'total', 'actions', 'heading', 'visibility'] },
      )
      .map((r): Reply => ({ ...r, type: 'case', intent: { type: 'show', id: 'x' } })),
    fc
      .record({
        ...base,
        groups: list(fc.record({ key: text(4), label: text(80), count: fc.nat(), command: text(100) }), 300),
      })
      .map(
        (r): Reply => ({
          ...r,
          type: 'counts',
          facet: 'country',
          intent: { type: 'count', query: '', filters: {}, by: 'country' },
        }),
      ),
    fc
      .record({
        ...base,
        rows: list(fc.record({ label: text(40), values: list(text(2000), 4) }), 30),
        shared: list(text(400), 30),
      })
      .map((r): Reply => ({ ...r, type: 'compare', intent: { type: 'compare', ids: ['a', 'b'] } })),
    fc
      .record({ ...base, lines: list(text(800), 60) })
      .map((r): Reply => ({ ...r, type: 'message', intent: { type: 'small-talk', kind: 'greeting' } })),
    fc
      .record({
        ...base,
        commands: list(fc.record({ usage: text(200), description: text(800), example: text(200) }), 60),
      })
      .map((r): Reply => ({ ...r, type: 'help', intent: { type: 'help', reason: 'asked' } })),
    fc
      .record({ ...base, message: text(5000), suggestions: list(text(100), 80) })
      .map((r): Reply => ({ ...r, type: 'not-found', intent: SEARCH })),
    fc
      .record({ ...base, lines: list(text(400), 300) })
      .map((r): Reply => ({ ...r, type: 'digest', intent: { type: 'digest', command: { type: 'list' } } })),
    fc.record({ ...base, message: text(5000) }).map((r): Reply => ({ ...r, type: 'error' })),
  );
}
