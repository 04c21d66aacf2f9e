import { EventEmitter } from 'node:events';
import { pino } from 'pino';
import type { SlackConfig } from '../../../adapters/slack/config.js';
import { type SlackAdapter, type StartSlackOptions, startSlack } from '../../../adapters/slack/main.js';
import type { Bot, ChatContext } from '../../../src/index.js';
import { type FakeSlackApi, startFakeSlackApi } from './fake-slack-api.js';

export const BOT_TOKEN = 'xoxb-0000-test-token-never-logged';
export const SIGNING_SECRET = 'e2e0signing0secret0never0logged0';

/** Every line the adapter logged, parsed, as it arrives. */
export interface LogRecorder {
  lines: Record<string, unknown>[];
  raw: string[];
  waitFor(
    match: (line: Record<string, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<Record<string, unknown>>;
}

function createLogRecorder() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const events = new EventEmitter();
  const stream = {
    write(chunk: string) {
      raw.push(chunk);
      const line = JSON.parse(chunk) as Record<string, unknown>;
      lines.push(line);
      events.emit('line', line);
    },
  };
  const recorder: LogRecorder = {
    lines,
    raw,
    waitFor(match, timeoutMs = 5000) {
      const found = lines.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const onLine = (line: Record<string, unknown>) => {
          if (!match(line)) return;
          clearTimeout(timer);
          events.off('line', onLine);
          resolve(line);
        };
        const timer = setTimeout(() => {
          events.off('line', onLine);
          reject(new Error('no matching log line'));
        }, timeoutMs);
        events.on('line', onLine);
      });
    },
  };
  return { recorder, logger: pino({ level: 'debug' }, stream) };
}

/** A bot that records what it was asked, in front of another bot. */
export function spyBot(inner: Bot): Bot & { asked: { text: string; ctx?: ChatContext }[] } {
  const asked: { text: string; ctx?: ChatContext }[] = [];
  return {
    asked,
    knowledge: inner.knowledge,
    countries: () => inner.countries(),
    matchCases: (filter) => inner.matchCases(filter),
    answer(text, ctx) {
      asked.push(ctx === undefined ? { text } : { text, ctx });
      return inner.answer(text, ctx);
    },
  };
}

/** The adapter's configuration in tests: HTTP on a free port of 127.0.0.1, Web API at `apiUrl`. */
export function testSlackConfig(apiUrl: string, overrides: Partial<SlackConfig> = {}): SlackConfig {
  return {
    mode: 'http',
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    command: '/initiatives',
    apiUrl,
    port: 0,
    host: '127.0.0.1',
    digestManagers: [],
    // Most tests follow the answer through response_url (retries, fallback, drain); answers in
    // the acknowledgement have their own tests (slack-answer-in-ack.e2e.test.ts).
    answerInAckMs: 0,
    ...overrides,
  };
}

export interface Harness {
  fake: FakeSlackApi;
  adapter: SlackAdapter;
  /** `http://127.0.0.1:<port>/slack/events` */
  eventsUrl: string;
  logs: LogRecorder;
  /**
   * Every wait the adapter asked for between response_url attempts, in milliseconds. The
   * harness records them and does not wait: no test sleeps for wall-clock time.
   */
  waits: number[];
  close(): Promise<void>;
}

/** The real adapter (real Bolt, real HTTP receiver) on 127.0.0.1, its Web API pointed at a fake. */
export async function startHarness(
  bot: Bot,
  overrides: Partial<SlackConfig> = {},
  options: Pick<StartSlackOptions, 'claims' | 'onHealth' | 'routes' | 'answerBudget'> = {},
): Promise<Harness> {
  const fake = await startFakeSlackApi();
  const { recorder, logger } = createLogRecorder();
  const config = testSlackConfig(fake.apiUrl, overrides);
  const waits: number[] = [];
  const sleep = async (ms: number) => {
    waits.push(ms);
  };
  let adapter: SlackAdapter;
  try {
    adapter = await startSlack({ config, bot, logger, sleep, ...options });
  } catch (err) {
    await fake.close();
    throw err;
  }
  return {
    fake,
    adapter,
    eventsUrl: `http://127.0.0.1:${adapter.port}/slack/events`,
    logs: recorder,
    waits,
    async close() {
      await adapter.stop();
      await fake.close();
    },
  };
}
