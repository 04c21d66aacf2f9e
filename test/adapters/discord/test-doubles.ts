import { type Bot, type ChatContext, CONSOLE_CONTEXT, type CountryCount } from '../../../src/index.js';
import { withAudience } from '../../../src/replies/decide-audience.js';
import type { ReplyContent } from '../../../src/replies/reply.js';

export { type LogEntry, recordingLogger } from '../../support/recording-logger.js';

/**
 * A bot whose answers the test decides, remembering every question and its context; who sees
 * each answer is decided by the core's own policy, as the real bot does.
 */
export function scriptedBot(
  answer: (text: string, ctx?: ChatContext) => Promise<ReplyContent>,
  countries: CountryCount[] = [],
): Bot & { asked: { text: string; ctx?: ChatContext }[] } {
  const asked: { text: string; ctx?: ChatContext }[] = [];
  return {
    asked,
    answer: async (text, ctx) => {
      asked.push({ text, ...(ctx ? { ctx } : {}) });
      return withAudience(await answer(text, ctx), ctx ?? CONSOLE_CONTEXT);
    },
    knowledge: { cases: [], problems: [], hash: 'test' },
    countries: () => countries,
    matchCases: () => [],
  };
}

/** A promise the test settles by hand. */
export function deferred<T>(): { promise: Promise<T>; resolve(value: T): void; reject(err: unknown): void } {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A help answer as the core's handler builds it. */
export function helpReply(heading = 'What I can do'): ReplyContent {
  return {
    type: 'help',
    intent: { type: 'help', reason: 'asked' },
    heading,
    commands: [{ usage: 'search <words>', description: 'Find cases', example: 'search AI' }],
    cases: [],
    total: 0,
    actions: [],
  };
}
