import type { Bot, ChatContext, Reply } from '../../../src/index.js';
import { belgiumCase, resultsReply } from './reply-fixtures.js';

/** A bot answering every text with the same page of results, or with `answer` when given. */
export function stubBot(
  answer?: (text: string, ctx?: ChatContext) => Promise<Reply>,
): Bot & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    knowledge: { cases: [], problems: [], hash: 'stub' },
    countries: () => [],
    matchCases: () => [],
    useDigests() {},
    answer(text, ctx) {
      asked.push(text);
      return answer ? answer(text, ctx) : Promise.resolve(resultsReply([belgiumCase]));
    },
  };
}
