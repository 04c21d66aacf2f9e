import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderSlackReply, type SlackRenderOptions } from '../../../adapters/slack/render.js';
import { replyArbitrary } from '../../support/reply-arbitrary.js';
import { limitProblems, markupProblems, hostileText as text } from './slack-limits.js';

const reply = replyArbitrary(text);

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
