import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../adapters/shared/env-config.js';
import { readSlackConfig } from '../../../adapters/slack/config.js';

const SECRET = '8f742231b10e8888abcd99yyyzzz85a5';

function issuesOf(env: Record<string, string>): string[] {
  try {
    readSlackConfig(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).code).toBe('CONFIG_INVALID');
    return (err as ConfigError).issues.map((i) => i.variable);
  }
  throw new Error('expected a ConfigError');
}

describe('readSlackConfig', () => {
  it('is off when no SLACK_* variable is set', () => {
    expect(readSlackConfig({ PORT: '8080', HOST: '0.0.0.0', DISCORD_TOKEN: 'x' })).toBeUndefined();
    expect(readSlackConfig({ SLACK_BOT_TOKEN: '  ' })).toBeUndefined();
  });

  it('reads HTTP mode with defaults', () => {
    expect(readSlackConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: SECRET })).toEqual({
      mode: 'http',
      botToken: 'xoxb-1-2-abc',
      signingSecret: SECRET,
      command: '/initiatives',
      apiUrl: 'https://slack.com/api/',
      port: 3000,
      digestManagers: [],
      answerInAckMs: 2000,
    });
  });

  it('reads Socket Mode and every override', () => {
    expect(
      readSlackConfig({
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_APP_TOKEN: 'xapp-1-A1-xyz',
        SLACK_COMMAND: '/cases',
        SLACK_API_URL: 'http://127.0.0.1:9999/api',
        SLACK_DIGEST_MANAGERS: 'U012ABC, W034DEF',
        SLACK_ANSWER_IN_ACK_MS: '0',
        PORT: '8080',
        HOST: '127.0.0.1',
      }),
    ).toEqual({
      mode: 'socket',
      botToken: 'xoxb-1',
      appToken: 'xapp-1-A1-xyz',
      command: '/cases',
      apiUrl: 'http://127.0.0.1:9999/api/',
      port: 8080,
      host: '127.0.0.1',
      digestManagers: ['U012ABC', 'W034DEF'],
      answerInAckMs: 0,
    });
  });

  it('names every bad variable at once', () => {
    expect(
      issuesOf({
        SLACK_COMMAND: 'initiatives',
        SLACK_API_URL: 'ftp://x',
        SLACK_APP_TOKEN: 'xoxb-wrong-kind',
        PORT: '70000',
        SLACK_DIGEST_MANAGERS: 'alice',
        SLACK_ANSWER_IN_ACK_MS: '3000',
      }).sort(),
    ).toEqual([
      'PORT',
      'SLACK_ANSWER_IN_ACK_MS',
      'SLACK_API_URL',
      'SLACK_APP_TOKEN',
      'SLACK_BOT_TOKEN',
      'SLACK_COMMAND',
      'SLACK_DIGEST_MANAGERS',
    ]);
  });

  it('asks for the signing secret in HTTP mode only', () => {
    expect(issuesOf({ SLACK_BOT_TOKEN: 'xoxb-1' })).toEqual(['SLACK_SIGNING_SECRET']);
    expect(issuesOf({ SLACK_SIGNING_SECRET: SECRET })).toEqual(['SLACK_BOT_TOKEN']);
  });

  it('never puts a token or secret in its message', () => {
    try {
      readSlackConfig({ SLACK_BOT_TOKEN: 'xoxp-user-token-123', SLACK_SIGNING_SECRET: 'short' });
      throw new Error('expected a ConfigError');
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toContain('SLACK_BOT_TOKEN');
      expect(message).toContain('SLACK_SIGNING_SECRET');
      expect(message).not.toContain('xoxp-user-token-123');
      expect(message).not.toContain('short');
    }
  });
});
