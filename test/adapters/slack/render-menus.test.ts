import { describe, expect, it } from 'vitest';
import { SLACK_MAX_SELECT_OPTIONS } from '../../../adapters/slack/limits.js';
import type { SlackStaticSelect } from '../../../adapters/slack/payload.js';
import { renderSlackReply } from '../../../adapters/slack/render.js';
import { MENUS_BUDGET, renderCompareBlocks, renderMenuBlocks } from '../../../adapters/slack/render-menus.js';
import type { CaseMenu, FilterMenu } from '../../../src/index.js';
import { belgiumCase, resultsReply } from './reply-fixtures.js';

function selectsOf(blocks: ReturnType<typeof renderMenuBlocks>): SlackStaticSelect[] {
  return blocks.flatMap((b) =>
    b.type === 'actions' ? b.elements.filter((e): e is SlackStaticSelect => e.type === 'static_select') : [],
  );
}

const COUNTRY: FilterMenu = {
  facet: 'country',
  placeholder: 'Filter by country',
  options: [
    { key: 'BE', label: '🇧🇪 Belgium', count: 3, command: 'search digital in Belgium' },
    { key: 'FR', label: '🇫🇷 France', count: 1, command: 'search digital in France' },
  ],
  values: 2,
  noun: 'countries',
};

describe('Slack filter menus', () => {
  it('renders each menu as a static_select whose options carry their commands, with counts', () => {
    expect(renderMenuBlocks([COUNTRY])).toEqual([
      {
        type: 'actions',
        elements: [
          {
            type: 'static_select',
            action_id: 'casebot_filter_0',
            placeholder: { type: 'plain_text', text: 'Filter by country', emoji: true },
            options: [
              {
                text: { type: 'plain_text', text: '🇧🇪 Belgium (3)', emoji: true },
                value: 'search digital in Belgium',
              },
              {
                text: { type: 'plain_text', text: '🇫🇷 France (1)', emoji: true },
                value: 'search digital in France',
              },
            ],
          },
        ],
      },
    ]);
  });

  it('keeps at most 100 options, the first ones (most cases first), within the menus budget', () => {
    const many: FilterMenu = {
      facet: 'year',
      placeholder: 'Filter by year',
      options: Array.from({ length: 150 }, (_, i) => ({
        key: String(i),
        label: String(i),
        count: 150 - i,
        command: `list in ${1900 + i}`,
      })),
      values: 163,
      noun: 'years',
    };
    const [select] = selectsOf(renderMenuBlocks([many]));
    expect(select?.options.length).toBeLessThanOrEqual(SLACK_MAX_SELECT_OPTIONS);
    expect(select?.options.length).toBeGreaterThan(20);
    expect(select?.options.map((o) => o.value)).toEqual(
      many.options.slice(0, select?.options.length).map((o) => o.command),
    );
    expect(JSON.stringify(select).length).toBeLessThanOrEqual(MENUS_BUDGET);
    // The menu says that it shows the first values only, and how many there are.
    expect(select?.placeholder.text).toBe(`Filter by year: top ${select?.options.length} of 163 years`);
  });

  it('leaves out an option whose command is over 150 characters rather than cut it, and a menu left empty', () => {
    const long = `search ${'x'.repeat(150)} in Belgium`;
    const menu: FilterMenu = {
      ...COUNTRY,
      options: [{ key: 'BE', label: 'Belgium', count: 2, command: long }, COUNTRY.options[1]!],
    };
    expect(selectsOf(renderMenuBlocks([menu])).flatMap((s) => s.options.map((o) => o.value))).toEqual([
      'search digital in France',
    ]);
    expect(renderMenuBlocks([{ ...COUNTRY, options: [{ ...COUNTRY.options[0]!, command: long }] }])).toEqual(
      [],
    );
  });

  it('puts the menus of a results reply under its results line, before its buttons', () => {
    const message = renderSlackReply(resultsReply([belgiumCase], { menus: [COUNTRY] }));
    const types = message.blocks.map((b) =>
      b.type === 'actions' ? `actions:${b.elements.map((e) => e.type).join(',')}` : b.type,
    );
    const menuAt = types.indexOf('actions:static_select');
    expect(menuAt).toBeGreaterThan(types.indexOf('context'));
    expect(types.slice(menuAt + 1).every((t) => t.startsWith('actions:button'))).toBe(true);
  });

  it('renders "Compare with…" as a static_select of case titles, each value the command comparing the two', () => {
    const menu: CaseMenu = {
      placeholder: 'Compare with…',
      options: [
        { key: 'b2', label: 'Budget <by> citizens', command: 'compare a1 and b2' },
        { key: 'c3', label: 'x'.repeat(120), command: 'compare a1 and c3' },
        { key: 'd4', label: 'Too long to run', command: `compare a1 and ${'d'.repeat(150)}` },
      ],
    };
    expect(renderCompareBlocks(menu)).toEqual([
      {
        type: 'actions',
        elements: [
          {
            type: 'static_select',
            action_id: 'casebot_compare_0',
            placeholder: { type: 'plain_text', text: 'Compare with…', emoji: true },
            options: [
              {
                text: { type: 'plain_text', text: 'Budget &lt;by&gt; citizens', emoji: true },
                value: 'compare a1 and b2',
              },
              {
                text: { type: 'plain_text', text: `${'x'.repeat(74)}…`, emoji: true },
                value: 'compare a1 and c3',
              },
            ],
          },
        ],
      },
    ]);
    expect(renderCompareBlocks({ ...menu, options: [menu.options[2]!] })).toEqual([]);
  });
});
