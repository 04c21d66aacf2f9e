import { ComponentType } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDiscordReply } from '../../../adapters/discord/render.js';
import type { CaseHit, CaseMenu, FilterMenu, Reply, ReplyAction } from '../../../src/index.js';
import { expectWithinDiscordLimits, hostileText } from './discord-limits.js';
import { createButtonIds } from './memory-button-ids.js';

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
    related: fc.record({ topics: list(text, 20), words: list(text, 20) }),
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
    label: text,
    command: text,
    caseId: fc.oneof(text, fc.constantFrom('KR', 'x')),
  },
  { requiredKeys: ['type', 'label', 'command'] },
);
const base = fc.record({
  cases: list(caseHit, 30),
  total: fc.nat(),
  actions: list(action, 40),
  heading: text,
  notice: fc.option(text, { nil: undefined }),
  visibility: fc.constantFrom('private' as const, 'channel' as const),
  shareCommand: fc.option(text, { nil: undefined }),
});

const SEARCH: Extract<Reply, { type: 'results' }>['intent'] = {
  type: 'search',
  query: 'q',
  filters: {},
  sort: 'relevance',
  page: 1,
};

/** Filter menus as the core could make them, and worse: hostile labels, long or repeated commands, 300 options. */
const menus: fc.Arbitrary<FilterMenu[]> = list(
  fc.record({
    facet: fc.constantFrom('country' as const, 'topic' as const, 'year' as const),
    placeholder: text,
    options: list(fc.record({ key: text, label: text, count: fc.nat(), command: text }), 300),
    values: fc.nat({ max: 100_000 }),
    noun: text,
  }),
  4,
);

/** "Compare with…" as the core could make it, and worse: hostile titles, long or repeated commands, 150 cases. */
const compareMenu: fc.Arbitrary<CaseMenu> = fc.record({
  placeholder: text,
  options: list(fc.record({ key: text, label: text, command: text }), 150),
});

const results: fc.Arbitrary<Extract<Reply, { type: 'results' }>> = base.chain((b) =>
  fc
    .record({ page: fc.nat(), pageCount: fc.nat(), menus }, { requiredKeys: ['page', 'pageCount'] })
    .map((p) => ({ ...b, ...p, type: 'results' as const, intent: SEARCH })),
);

const reply: fc.Arbitrary<Reply> = fc.oneof(
  results,
  fc.tuple(base, fc.option(compareMenu, { nil: undefined })).map(
    ([b, compare]): Reply => ({
      ...b,
      type: 'case',
      intent: { type: 'show', id: 'x' },
      ...(compare ? { compare } : {}),
    }),
  ),
  fc.tuple(base, list(fc.record({ key: text, label: text, count: fc.nat(), command: text }), 300)).map(
    ([b, groups]): Reply => ({
      ...b,
      type: 'counts',
      intent: { type: 'count', query: '', filters: {}, by: 'country' },
      facet: 'country',
      groups,
    }),
  ),
  fc.tuple(base, list(fc.record({ label: text, values: list(text, 4) }), 30), list(text, 30)).map(
    ([b, rows, shared]): Reply => ({
      ...b,
      type: 'compare',
      intent: { type: 'compare', ids: ['a', 'b'] },
      rows,
      shared,
    }),
  ),
  fc.tuple(base, list(text, 60)).map(
    ([b, lines]): Reply => ({
      ...b,
      type: 'message',
      intent: { type: 'small-talk', kind: 'greeting' },
      lines,
    }),
  ),
  fc
    .tuple(base, list(fc.record({ usage: text, description: text, example: text }), 40))
    .map(
      ([b, commands]): Reply => ({ ...b, type: 'help', intent: { type: 'help', reason: 'asked' }, commands }),
    ),
  fc.tuple(base, text, list(text, 40)).map(
    ([b, message, suggestions]): Reply => ({
      ...b,
      type: 'not-found',
      intent: SEARCH,
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

  it('offers each filter menu its first options, most cases first, each replaying its own command', () => {
    fc.assert(
      fc.property(results, (r) => {
        const buttonIds = createButtonIds();
        const payload = renderDiscordReply(r, { buttonIds });
        const selects = payload.components.flatMap((row) =>
          row.components.flatMap((c) => (c.type === ComponentType.StringSelect ? [c] : [])),
        );
        for (const select of selects) {
          const menu = r.menus?.[Number(select.custom_id.slice('filter:'.length))];
          expect(menu).toBeDefined();
          const commands = select.options.map((o) => {
            const decoded = buttonIds.decode(o.value);
            return decoded.type === 'command' ? decoded.command : undefined;
          });
          // In the menu's order (most cases first), skipping only blank and repeated commands.
          const offered = [...new Set(menu?.options.map((o) => o.command).filter((c) => c.trim() !== ''))];
          expect(commands).toEqual(offered.slice(0, commands.length));
          expect(commands.length).toBe(Math.min(offered.length, 25));
        }
      }),
      { numRuns: 200 },
    );
  });
});
