import { once } from 'node:events';
import { type Client, Events, type RESTOptions } from 'discord.js';
import type { Logger } from '../../src/index.js';
import { createDiscordClient } from './client.js';
import type { DiscordConfig } from './config.js';
import { describeGatewayClose, type GatewayRefusal, loginFailureFix } from './describe-gateway-close.js';

/** A gateway connection: the one place mentions, DMs and prefixed messages arrive. */
export interface GatewaySession {
  client: Client<true>;
  /** Settles if the gateway closes for good (discord.js does not reconnect after these codes). */
  closedForGood: Promise<GatewayRefusal>;
  /** Whether the session is connected (READY or RESUMED, not reconnecting). */
  readonly connected: boolean;
  destroy(): Promise<void>;
}

export interface OpenGatewayOptions {
  config: DiscordConfig;
  logger: Logger;
  rest?: Partial<RESTOptions>;
  /** Registers the interaction and message handlers on the new client. */
  register(client: Client): void;
  /** Called when the session connects or loses its connection. */
  onConnection?(connected: boolean): void;
}

/** Failed to connect (bad token, intent not allowed, unreachable API): the message says what to fix. */
export class DiscordStartError extends Error {
  readonly code = 'DISCORD_START_FAILED';
  constructor(options: { cause: unknown; fix?: string | undefined }) {
    const why = options.cause instanceof Error ? options.cause.message : String(options.cause);
    const fix = options.fix ? ` ${options.fix.charAt(0).toUpperCase()}${options.fix.slice(1)}.` : '';
    super(`Could not connect to Discord (${why}).${fix}`, options);
    this.name = 'DiscordStartError';
  }
}

/**
 * Logs in to the gateway and resolves once READY; fails with a DiscordStartError naming the fix
 * when the token or an intent is refused. discord.js resumes a lost session by itself.
 */
export async function openGatewaySession(options: OpenGatewayOptions): Promise<GatewaySession> {
  const { config, logger } = options;
  const client = createDiscordClient(config, options.rest);
  let connected = false;
  const connection = (now: boolean) => {
    connected = now;
    options.onConnection?.(now);
  };
  options.register(client);
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.Warn, (warning) => logger.warn({ warning }, 'discord client warning'));
  client.on(Events.ShardReady, () => connection(true));
  client.on(Events.ShardReconnecting, (shardId) => {
    connection(false);
    logger.warn({ shardId }, 'discord gateway reconnecting');
  });
  client.on(Events.ShardResume, (shardId, replayed) => {
    connection(true);
    logger.info({ shardId, replayed }, 'discord gateway resumed');
  });
  let refused: GatewayRefusal | undefined;
  const closedForGood = new Promise<GatewayRefusal>((resolve) => {
    // discord.js emits this only for the close codes it will not reconnect after.
    client.on(Events.ShardDisconnect, (event, shardId) => {
      connection(false);
      const refusal = describeGatewayClose(event.code) ?? {
        code: event.code,
        reason: 'closed',
        fix: 'restart casebot',
      };
      logger.error(
        { shardId, code: event.code, reason: refusal.reason },
        `discord gateway closed for good (${event.code}, ${refusal.reason}): ${refusal.fix}`,
      );
      refused = refusal;
      resolve(refusal);
    });
  });

  const connecting = new AbortController();
  const ready = once(client, Events.ClientReady, { signal: connecting.signal });
  // Rejected by the abort below when login fails first; that is not a second error.
  ready.catch(() => undefined);
  try {
    await client.login(config.token);
    // A token the REST API accepts can still be refused by the gateway (e.g. 4014).
    const refusal = await Promise.race([ready.then(() => undefined), closedForGood]);
    if (refusal !== undefined) throw new Error(`the gateway closed with ${refusal.code}, ${refusal.reason}`);
  } catch (cause) {
    connecting.abort();
    await client.destroy();
    throw new DiscordStartError({ cause, fix: refused?.fix ?? loginFailureFix(cause) });
  }
  if (!client.isReady()) throw new DiscordStartError({ cause: new Error('client not ready') });
  const user = client.user;
  logger.info(
    { bot: user.tag, botId: user.id, guilds: client.guilds.cache.size },
    'discord gateway connected',
  );
  connection(true);
  return {
    client,
    closedForGood,
    get connected() {
      return connected;
    },
    destroy: () => client.destroy(),
  };
}
