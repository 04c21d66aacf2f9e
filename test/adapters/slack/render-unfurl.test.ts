import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderCaseUnfurl } from '../../../adapters/slack/render-unfurl.js';
import type { Case } from '../../../src/index.js';
import { limitProblems, markupProblems, hostileText as text } from './slack-limits.js';

const connectoo: Case = {
  id: 'cnt2022',
  title: 'Connectoo Training',
  summary: 'Connectoo Training aims to reduce the digital divide in Belgium by training public officials.',
  truncated: false,
  countries: ['BE'],
  year: 2022,
  url: 'https://oecd-opsi.org/innovations/connectoo/',
  tags: ['digital inclusion'],
  sources: [{ file: 'curated.json', line: 3 }],
};

describe('renderCaseUnfurl', () => {
  it('shows the linked title, countries and year, the summary and a Similar button', () => {
    expect(renderCaseUnfurl(connectoo)).toEqual({
      blocks: [
        {
          type: 'section',
          block_id: 'casebot_u0',
          text: {
            type: 'mrkdwn',
            verbatim: true,
            text:
              '*<https://oecd-opsi.org/innovations/connectoo/|Connectoo Training>*\n🇧🇪 Belgium · 2022\n' +
              'Connectoo Training aims to reduce the digital divide in Belgium by training public officials.',
          },
        },
        {
          type: 'actions',
          block_id: 'casebot_u1',
          elements: [
            {
              type: 'button',
              action_id: 'casebot_similar_0',
              text: { type: 'plain_text', text: 'Similar cases', emoji: true },
              value: 'similar cnt2022',
            },
          ],
        },
      ],
    });
  });

  it('keeps any case within Slack limits, pinging nobody', () => {
    const anyCase: fc.Arbitrary<Case> = fc.record({
      id: fc.string({ minLength: 1, maxLength: 40 }),
      title: text(400),
      summary: text(6000),
      truncated: fc.boolean(),
      countries: fc.array(fc.oneof(fc.constantFrom('BE', 'KR', 'XX'), text(6)), { maxLength: 30 }),
      year: fc.option(fc.integer({ min: -1, max: 99_999 }), { nil: undefined }),
      url: fc.option(fc.oneof(fc.webUrl(), text(60)), { nil: undefined }),
      tags: fc.constant([]),
      sources: fc.constant([]),
    }) as fc.Arbitrary<Case>;
    fc.assert(
      fc.property(anyCase, (c) => {
        const message = { text: 'preview', ...renderCaseUnfurl(c) };
        expect(limitProblems(message)).toEqual([]);
        expect(markupProblems(message)).toEqual([]);
      }),
    );
  });
});
