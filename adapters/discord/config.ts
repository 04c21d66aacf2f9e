import { z } from 'zod';
import { parseDuration } from '../../src/index.js';
import { ConfigError, parseEnv } from '../shared/env-config.js';

/** The Discord adapter's settings, validated from the environment at start. */
export interface DiscordConfig {
  /** Bot token. Never logged. */
  token: string;
  /** Needed to register the slash commands; the running bot learns it from the gateway. */
  applicationId?: string;
  /** Registers the commands in this server only (instant updates) instead of globally. */
  guildId?: string;
  /** Message prefix for text commands, e.g. `!initiatives AI in Korea`. */
  prefix: string;
  /** The privileged Message Content intent: required for the prefix outside DMs. */
  messageContent: boolean;
  /** REST base URL override (discord.js `rest.api`), e.g. a local fake in tests. */
  apiUrl?: string;
  /**
   * The application's public key (64 hex digits): interactions then come over HTTP to
   * `/discord/interactions`, verified with it, and every replica serves them.
   */
  publicKey?: string;
  /** Where the interactions endpoint listens when Slack's HTTP receiver does not serve it (PORT, HOST; default 3000). */
  port?: number;
  host?: string;
  /**
   * How long the gateway lease lasts unrenewed (ms): a dead holder is replaced within about
   * 1⅓ of it (renewals and takeover attempts come every third of it).
   */
  gatewayLeaseMs?: number;
}

/** Every variable this adapter reads; setting any of them turns the adapter on. */
export const DISCORD_ENV_VARIABLES = [
  'DISCORD_TOKEN',
  'DISCORD_APPLICATION_ID',
  'DISCORD_GUILD_ID',
  'DISCORD_PREFIX',
  'DISCORD_MESSAGE_CONTENT',
  'DISCORD_API_URL',
  'DISCORD_PUBLIC_KEY',
] as const;

const DEFAULT_PREFIX = '!initiatives';

/** Shorter leases would be renewed faster than a busy store answers. */
const MIN_GATEWAY_LEASE_MS = 3000;

const snowflake = (what: string) =>
  z
    .string()
    .regex(/^\d{17,20}$/, `must be a Discord id (17 to 20 digits): copy the ${what} with Developer Mode on`);

const discordEnvSchema = z.object({
  DISCORD_TOKEN: z
    .string({
      error: 'required: the bot token from the Developer Portal (your application → Bot → Reset Token)',
    })
    .refine((t) => !/^bot\s/i.test(t), 'remove the leading "Bot ": set only the token itself')
    .refine(
      // A "Bot " prefix is reported once, by the check above.
      (t) => /^bot\s/i.test(t) || /^[\w-]+\.[\w-]+\.[\w-]+$/.test(t),
      'does not look like a bot token (three dot-separated parts); copy it again from Bot → Reset Token',
    ),
  DISCORD_APPLICATION_ID: snowflake('Application ID from General Information').optional(),
  DISCORD_GUILD_ID: snowflake('server id (right-click the server → Copy Server ID)').optional(),
  DISCORD_PREFIX: z
    .string()
    .regex(/^\S{1,32}$/, 'must be 1 to 32 characters without spaces, e.g. !initiatives')
    .default(DEFAULT_PREFIX),
  DISCORD_MESSAGE_CONTENT: z.stringbool({ error: 'must be true or false' }).default(false),
  DISCORD_API_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://discord.com/api' })
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  DISCORD_PUBLIC_KEY: z
    .string()
    .regex(
      /^[0-9a-fA-F]{64}$/,
      'must be the Public Key from the Developer Portal (your application → General Information): 64 hexadecimal digits',
    )
    .transform((key) => key.toLowerCase())
    .optional(),
  PORT: z.coerce
    .number({ error: 'must be a port number between 1 and 65535 (default 3000)' })
    .int('must be a whole port number between 1 and 65535')
    .min(1, 'must be a port number between 1 and 65535')
    .max(65_535, 'must be a port number between 1 and 65535')
    .optional(),
  HOST: z.string().optional(),
  DISCORD_GATEWAY_LEASE: z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (text === undefined) return undefined;
      const ms = parseDuration(text);
      if (ms !== undefined && ms >= MIN_GATEWAY_LEASE_MS) return ms;
      ctx.addIssue({
        code: 'custom',
        message: `must be a duration of at least 3s such as 15s (the default): a dead gateway holder is replaced within about 1⅓ of it`,
      });
      return z.NEVER;
    }),
});

/**
 * Reads the Discord settings from the environment. Returns `undefined` when no `DISCORD_*`
 * variable is set (the adapter stays off); throws `ConfigError` naming every bad variable.
 */
export function readDiscordConfig(env: Record<string, string | undefined>): DiscordConfig | undefined {
  const present = DISCORD_ENV_VARIABLES.some((name) => (env[name] ?? '').trim() !== '');
  if (!present) return undefined;
  const parsed = parseEnv(discordEnvSchema, env);
  const config: DiscordConfig = {
    token: parsed.DISCORD_TOKEN,
    prefix: parsed.DISCORD_PREFIX,
    messageContent: parsed.DISCORD_MESSAGE_CONTENT,
  };
  if (parsed.PORT !== undefined) config.port = parsed.PORT;
  if (parsed.HOST) config.host = parsed.HOST;
  if (parsed.DISCORD_GATEWAY_LEASE) config.gatewayLeaseMs = parsed.DISCORD_GATEWAY_LEASE;
  if (parsed.DISCORD_APPLICATION_ID) config.applicationId = parsed.DISCORD_APPLICATION_ID;
  if (parsed.DISCORD_GUILD_ID) config.guildId = parsed.DISCORD_GUILD_ID;
  if (parsed.DISCORD_API_URL) config.apiUrl = parsed.DISCORD_API_URL;
  if (parsed.DISCORD_PUBLIC_KEY) config.publicKey = parsed.DISCORD_PUBLIC_KEY;
  return config;
}

/** Registering commands needs the application id too; refuses with the fix otherwise. */
export function requireApplicationId(
  config: DiscordConfig | undefined,
): DiscordConfig & { applicationId: string } {
  const issues = [];
  if (!config) {
    issues.push({ variable: 'DISCORD_TOKEN', message: 'required to register the slash commands' });
  }
  if (!config?.applicationId) {
    issues.push({
      variable: 'DISCORD_APPLICATION_ID',
      message: 'required to register the slash commands: the Application ID from General Information',
    });
  }
  if (!config?.applicationId || issues.length > 0) throw new ConfigError(issues);
  return { ...config, applicationId: config.applicationId };
}
