import type { Bot, ChatContext } from '../../../src/index.js';
import { CONSOLE_CONTEXT } from '../../../src/index.js';
import { withAudience } from '../../../src/replies/decide-audience.js';
import type { ReplyContent } from '../../../src/replies/reply.js';
import { belgiumCase, resultsContent } from './reply-fixtures.js';

/**
 * A bot answering every text with the same page of results, or with `answer` when given; who
 * sees each answer is decided by the core's own policy, as the real bot does.
 */
export function stubBot(
  answer?: (text: string, ctx?: ChatContext) => Promise<ReplyContent>,
): Bot & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    knowledge: { cases: [], problems: [], hash: 'stub' },
    countries: () => [],
    matchCases: () => [],
    async answer(text, ctx = CONSOLE_CONTEXT) {
      asked.push(text);
      const content = answer ? await answer(text, ctx) : resultsContent([belgiumCase]);
      return withAudience(content, ctx);
    },
  };
}
