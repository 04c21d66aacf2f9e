import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carriesDelivery, renderSlackDigest } from '../../../adapters/slack/render-digest.js';
import type { DigestCase, DigestMessage } from '../../../src/index.js';
import { limitProblems, markupProblems, hostileText as text } from './slack-limits.js';

const digestCase: fc.Arbitrary<DigestCase> = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 40 }),
    title: text(400),
    summary: text(1000),
    countries: fc.array(fc.record({ code: text(3), name: text(60), flag: text(4) }), { maxLength: 20 }),
    year: fc.integer({ min: -1, max: 99_999 }),
    url: fc.oneof(
      fc.webUrl({ withQueryParameters: true }),
      text(60),
      fc.constant('https://x.example/<!here>|y&z'),
    ),
  },
  { requiredKeys: ['id', 'title', 'summary', 'countries'] },
);

const deliveryId = fc.stringMatching(/^dl-[a-z0-9]{10}$/);

const message: fc.Arbitrary<DigestMessage> = fc
  .record(
    {
      deliveryId,
      subscriptionId: fc.stringMatching(/^[a-z2-9]{6}$/),
      heading: text(400),
      date: fc.constant('2026-11-30'),
      filters: text(200),
      newCases: fc.array(digestCase, { maxLength: 30 }),
      cases: fc.array(digestCase, { maxLength: 30 }),
      notice: text(3000),
      footer: text(3000),
      unsubscribeCommand: text(60),
      withRef: fc.boolean(),
    },
    {
      requiredKeys: [
        'deliveryId',
        'subscriptionId',
        'heading',
        'date',
        'filters',
        'newCases',
        'cases',
        'footer',
        'unsubscribeCommand',
        'withRef',
      ],
    },
  )
  .map(({ withRef, ...m }) => ({ ...m, footer: withRef ? `${m.footer} · ref ${m.deliveryId}` : m.footer }));

const command = fc.oneof(fc.constant(undefined), fc.stringMatching(/^\/[a-z0-9_-]{1,31}$/));

describe('renderSlackDigest (property)', () => {
  it('stays within Slack limits, forms no mention or foreign link, and always carries the delivery ref', () => {
    fc.assert(
      fc.property(message, command, (m, c) => {
        const rendered = renderSlackDigest(m, c === undefined ? {} : { command: c });
        expect(limitProblems(rendered)).toEqual([]);
        expect(markupProblems(rendered)).toEqual([]);
        expect(carriesDelivery(rendered.text, m.deliveryId)).toBe(true);
        const footer = rendered.blocks.at(-1);
        expect(footer?.type === 'context' && carriesDelivery(footer.elements[0]?.text, m.deliveryId)).toBe(
          true,
        );
      }),
      { numRuns: 300 },
    );
  });
});
