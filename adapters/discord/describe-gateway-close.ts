import { DiscordAPIError, DiscordjsErrorCodes, GatewayCloseCodes } from 'discord.js';

/** A gateway close discord.js does not recover from, with what the operator has to do. */
export interface GatewayRefusal {
  code: number;
  /** What Discord refused, in a few words. */
  reason: string;
  /** What to change, naming the variable or the Developer Portal setting. */
  fix: string;
}

export const TOKEN_REFUSED_FIX =
  'DISCORD_TOKEN was refused: reset the token in the Developer Portal (your application → Bot → Reset Token) and update DISCORD_TOKEN';

/**
 * The close codes after which discord.js never reconnects (its UNRECOVERABLE_CLOSE_CODES), each
 * with its fix. Every other code is resumed or re-identified by discord.js on its own.
 */
const REFUSALS: Record<number, Omit<GatewayRefusal, 'code'>> = {
  [GatewayCloseCodes.AuthenticationFailed]: { reason: 'authentication failed', fix: TOKEN_REFUSED_FIX },
  [GatewayCloseCodes.InvalidShard]: {
    reason: 'invalid shard',
    fix: 'casebot connects as one shard; make sure no other process uses this token with other shard settings',
  },
  [GatewayCloseCodes.ShardingRequired]: {
    reason: 'sharding required',
    fix: 'the bot is in too many servers (over 2,500) for one gateway connection, which casebot does not shard yet',
  },
  [GatewayCloseCodes.InvalidAPIVersion]: {
    reason: 'invalid API version',
    fix: 'the gateway no longer accepts this discord.js version: update it (npm install discord.js@14) and restart',
  },
  [GatewayCloseCodes.InvalidIntents]: {
    reason: 'invalid intents',
    fix: 'the intents casebot asked for are not valid: please report this as a casebot bug',
  },
  [GatewayCloseCodes.DisallowedIntents]: {
    reason: 'disallowed intents',
    fix: 'the Message Content intent is not enabled for this bot: enable it in the Developer Portal (Bot → Privileged Gateway Intents → Message Content Intent), or set DISCORD_MESSAGE_CONTENT=false',
  },
};

/** The refusal behind a gateway close code, or undefined when discord.js reconnects by itself. */
export function describeGatewayClose(code: number): GatewayRefusal | undefined {
  const refusal = REFUSALS[code];
  return refusal && { code, ...refusal };
}

/** The fix for a failed login, when discord.js says why (a token the REST API refused). */
export function loginFailureFix(err: unknown): string | undefined {
  if (err instanceof DiscordAPIError && err.status === 401) return TOKEN_REFUSED_FIX;
  const code = err instanceof Error && 'code' in err ? err.code : undefined;
  return code === DiscordjsErrorCodes.TokenInvalid ? TOKEN_REFUSED_FIX : undefined;
}
