import { z } from 'zod';
import { parseEnv } from '../shared/env-config.js';

/** The Slack adapter's settings, validated from the environment at start. */
export interface SlackConfig {
  /** `http`: Bolt's HTTP receiver on `port`; `socket`: Socket Mode (no public URL needed). */
  mode: 'http' | 'socket';
  /** Bot User OAuth Token (`xoxb-…`). Never logged. */
  botToken: string;
  /** Signing Secret; required in HTTP mode. Never logged. */
  signingSecret?: string;
  /** App-level token (`xapp-…`) with `connections:write`; present means Socket Mode. Never logged. */
  appToken?: string;
  /** The slash command's name, with its leading slash. */
  command: string;
  /** Web API base URL, ending with `/`. Every Web API client the adapter creates uses it. */
  apiUrl: string;
  /** HTTP mode: the port and (optional) address to listen on. */
  port: number;
  host?: string;
  /** Users who may change digest subscriptions; empty means every member of the channel. */
  digestManagers: string[];
  /**
   * How long a slash command waits for its answer to send it in the acknowledgement itself
   * (one round trip less than response_url); past it, the command is acknowledged empty and
   * answered through response_url. 0 always answers through response_url.
   */
  answerInAckMs: number;
}

/** Every variable that turns the Slack adapter on when set. */
export const SLACK_ENV_VARIABLES = [
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'SLACK_COMMAND',
  'SLACK_API_URL',
  'SLACK_DIGEST_MANAGERS',
  'SLACK_ANSWER_IN_ACK_MS',
] as const;

export const DEFAULT_SLACK_COMMAND = '/initiatives';
export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';
export const DEFAULT_PORT = 3000;
/** Well inside Slack's 3 seconds, leaving room for the network on the way back. */
export const DEFAULT_ANSWER_IN_ACK_MS = 2000;
export const MAX_ANSWER_IN_ACK_MS = 2500;

const slackEnvSchema = z
  .object({
    SLACK_BOT_TOKEN: z
      .string({
        error:
          'required: the Bot User OAuth Token (xoxb-…) from your app page → OAuth & Permissions (install the app first)',
      })
      .regex(/^xoxb-[\w-]+$/, 'must be a bot token starting with xoxb-: copy it from OAuth & Permissions'),
    SLACK_SIGNING_SECRET: z
      .string()
      .regex(
        /^\w{8,}$/,
        'does not look like a signing secret: copy it from Basic Information → App Credentials',
      )
      .optional(),
    SLACK_APP_TOKEN: z
      .string()
      .regex(
        /^xapp-[\w-]+$/,
        'must be an app-level token starting with xapp-: Basic Information → App-Level Tokens (scope connections:write)',
      )
      .optional(),
    SLACK_COMMAND: z
      .string()
      .regex(/^\/[a-z0-9_-]{1,31}$/, 'must be a slash command such as /initiatives (lower case, no spaces)')
      .default(DEFAULT_SLACK_COMMAND),
    SLACK_API_URL: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://slack.com/api/' })
      .transform((u) => (u.endsWith('/') ? u : `${u}/`))
      .default(DEFAULT_SLACK_API_URL),
    PORT: z.coerce
      .number({ error: 'must be a port number between 1 and 65535 (default 3000)' })
      .int('must be a whole port number between 1 and 65535')
      .min(1, 'must be a port number between 1 and 65535')
      .max(65_535, 'must be a port number between 1 and 65535')
      .default(DEFAULT_PORT),
    HOST: z.string().optional(),
    SLACK_DIGEST_MANAGERS: z
      .string()
      .transform((s) => s.split(/[\s,]+/).filter((id) => id !== ''))
      .refine(
        (ids) => ids.every((id) => /^[UW][A-Z0-9]{2,}$/.test(id)),
        'must be Slack user ids (U… or W…) separated by commas, e.g. U012ABC,U034DEF',
      )
      .default([]),
    SLACK_ANSWER_IN_ACK_MS: z.coerce
      .number({
        error: `must be milliseconds between 0 and ${MAX_ANSWER_IN_ACK_MS} (default ${DEFAULT_ANSWER_IN_ACK_MS})`,
      })
      .int(`must be whole milliseconds between 0 and ${MAX_ANSWER_IN_ACK_MS}`)
      .min(0, `must be milliseconds between 0 and ${MAX_ANSWER_IN_ACK_MS}`)
      .max(
        MAX_ANSWER_IN_ACK_MS,
        `must be at most ${MAX_ANSWER_IN_ACK_MS}: Slack drops a command not acknowledged within 3 seconds`,
      )
      .default(DEFAULT_ANSWER_IN_ACK_MS),
  })
  .refine((env) => env.SLACK_APP_TOKEN !== undefined || env.SLACK_SIGNING_SECRET !== undefined, {
    path: ['SLACK_SIGNING_SECRET'],
    message:
      'required in HTTP mode: the Signing Secret from Basic Information → App Credentials (or set SLACK_APP_TOKEN for Socket Mode)',
    // Report it beside any other bad variable, not only once the rest is valid.
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  });

/**
 * Reads the Slack settings from the environment. Returns `undefined` when no `SLACK_*`
 * variable is set (the adapter stays off); throws `ConfigError` naming every bad variable.
 */
export function readSlackConfig(env: Record<string, string | undefined>): SlackConfig | undefined {
  const present = SLACK_ENV_VARIABLES.some((name) => (env[name] ?? '').trim() !== '');
  if (!present) return undefined;
  const parsed = parseEnv(slackEnvSchema, env);
  const config: SlackConfig = {
    mode: parsed.SLACK_APP_TOKEN === undefined ? 'http' : 'socket',
    botToken: parsed.SLACK_BOT_TOKEN,
    command: parsed.SLACK_COMMAND,
    apiUrl: parsed.SLACK_API_URL,
    port: parsed.PORT,
    digestManagers: parsed.SLACK_DIGEST_MANAGERS,
    answerInAckMs: parsed.SLACK_ANSWER_IN_ACK_MS,
  };
  if (parsed.SLACK_SIGNING_SECRET !== undefined) config.signingSecret = parsed.SLACK_SIGNING_SECRET;
  if (parsed.SLACK_APP_TOKEN !== undefined) config.appToken = parsed.SLACK_APP_TOKEN;
  if (parsed.HOST !== undefined) config.host = parsed.HOST;
  return config;
}
