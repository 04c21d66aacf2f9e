import type { Bot, ChatContext, CountryCount, Logger, Reply } from '../../../src/index.js';

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  obj: Record<string, unknown>;
  msg?: string;
}

/** A logger that keeps what it is told, for assertions. */
export function recordingLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at =
    (level: LogEntry['level']) =>
    (obj: object, msg?: string): void => {
      entries.push({ level, obj: obj as Record<string, unknown>, ...(msg === undefined ? {} : { msg }) });
    };
  return { entries, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

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
