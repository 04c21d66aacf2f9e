import type { Bot, ChatContext, CountryCount, Reply } from '../../../src/index.js';

export { type LogEntry, recordingLogger } from '../../support/recording-logger.js';

/** A bot whose answers the test decides, remembering every question and its context. */
export function scriptedBot(
  answer: (text: string, ctx?: ChatContext) => Promise<Reply>,
  countries: CountryCount[] = [],
): Bot & { asked: { text: string; ctx?: ChatContext }[] } {
  const asked: { text: string; ctx?: ChatContext }[] = [];
  return {
    asked,
    answer: (text, ctx) => {
      asked.push({ text, ...(ctx ? { ctx } : {}) });
      return answer(text, ctx);
    },
    knowledge: { cases: [], problems: [], hash: 'test' },
    countries: () => countries,
    matchCases: () => [],
    useDigests: () => {},
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

export function helpReply(heading = 'What I can do'): Reply {
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
