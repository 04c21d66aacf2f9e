import { describe, expect, it } from 'vitest';
import { readDiscordConfig, requireApplicationId } from '../../../adapters/discord/config.js';
import { ConfigError } from '../../../adapters/shared/env-config.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GfAkEx.abcdefghijklmnopqrstuvwxyz';

function configError(env: Record<string, string>): ConfigError {
  try {
    readDiscordConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('readDiscordConfig', () => {
  it('is off when no DISCORD_ variable is set, even with other variables around', () => {
    expect(readDiscordConfig({ SLACK_BOT_TOKEN: 'xoxb-1', DISCORD_TOKEN: '  ' })).toBeUndefined();
  });

  it('applies defaults', () => {
    expect(readDiscordConfig({ DISCORD_TOKEN: TOKEN })).toEqual({
      token: TOKEN,
      prefix: '!initiatives',
      messageContent: false,
    });
  });

  it('reads every variable', () => {
    expect(
      readDiscordConfig({
        DISCORD_TOKEN: TOKEN,
        DISCORD_APPLICATION_ID: '1000000000000000001',
        DISCORD_GUILD_ID: '1100000000000000001',
        DISCORD_PREFIX: '!opsi',
        DISCORD_MESSAGE_CONTENT: 'true',
        DISCORD_API_URL: 'http://127.0.0.1:9999/api/',
        DISCORD_GATEWAY_LEASE: '6s',
        PORT: '8080',
        HOST: '0.0.0.0',
      }),
    ).toEqual({
      token: TOKEN,
      applicationId: '1000000000000000001',
      guildId: '1100000000000000001',
      prefix: '!opsi',
      messageContent: true,
      apiUrl: 'http://127.0.0.1:9999/api',
      gatewayLeaseMs: 6000,
      port: 8080,
      host: '0.0.0.0',
    });
  });

  it('names every bad variable at once', () => {
    const err = configError({
      DISCORD_PREFIX: 'two words',
      DISCORD_MESSAGE_CONTENT: 'maybe',
      DISCORD_APPLICATION_ID: 'casebot',
      DISCORD_GUILD_ID: '12',
      DISCORD_API_URL: 'ftp://example.org',
      DISCORD_GATEWAY_LEASE: '1s',
      PORT: '70000',
    });
    expect(err.code).toBe('CONFIG_INVALID');
    expect(err.issues.map((i) => i.variable).sort()).toEqual([
      'DISCORD_API_URL',
      'DISCORD_APPLICATION_ID',
      'DISCORD_GATEWAY_LEASE',
      'DISCORD_GUILD_ID',
      'DISCORD_MESSAGE_CONTENT',
      'DISCORD_PREFIX',
      'DISCORD_TOKEN',
      'PORT',
    ]);
  });

  it('refuses a token pasted with "Bot " or that is not a bot token, without echoing it', () => {
    const withPrefix = configError({ DISCORD_TOKEN: `Bot ${TOKEN}` });
    expect(withPrefix.issues).toEqual([
      { variable: 'DISCORD_TOKEN', message: expect.stringContaining('"Bot "') },
    ]);
    expect(withPrefix.message).not.toContain(TOKEN);
    expect(configError({ DISCORD_TOKEN: 'client-secret-abc' }).issues[0]?.variable).toBe('DISCORD_TOKEN');
  });
});

describe('requireApplicationId', () => {
  it('asks for DISCORD_APPLICATION_ID when registering commands', () => {
    const config = readDiscordConfig({ DISCORD_TOKEN: TOKEN });
    expect(() => requireApplicationId(config)).toThrow(ConfigError);
    try {
      requireApplicationId(config);
    } catch (err) {
      expect((err as ConfigError).issues.map((i) => i.variable)).toEqual(['DISCORD_APPLICATION_ID']);
    }
  });

  it('asks for both variables when Discord is not configured at all', () => {
    try {
      requireApplicationId(undefined);
      expect.unreachable();
    } catch (err) {
      expect((err as ConfigError).issues.map((i) => i.variable)).toEqual([
        'DISCORD_TOKEN',
        'DISCORD_APPLICATION_ID',
      ]);
    }
  });
});

describe('DISCORD_PUBLIC_KEY', () => {
  it('turns interactions over HTTP on with the application public key', () => {
    const key = 'AB'.repeat(32);
    expect(readDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_PUBLIC_KEY: key })?.publicKey).toBe(
      key.toLowerCase(),
    );
  });

  it.each(['abc', 'g'.repeat(64), 'ab'.repeat(33)])('refuses %s, saying where to find the key', (key) => {
    expect(configError({ DISCORD_TOKEN: TOKEN, DISCORD_PUBLIC_KEY: key }).issues).toEqual([
      { variable: 'DISCORD_PUBLIC_KEY', message: expect.stringContaining('General Information') },
    ]);
  });
});
