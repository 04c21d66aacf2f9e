import type { KeyObject } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { ClaimStore, Logger } from '../../src/index.js';
import type { HttpInteractionResponses } from './http-interaction-responses.js';
import { claimDelivery } from './interaction-claims.js';
import {
  checkInteractionRequest,
  INTERACTION_TYPES,
  type RawInteraction,
} from './interaction-request-gate.js';

/** Where Discord POSTs interactions (the Developer Portal's Interactions Endpoint URL ends with it). */
export const DISCORD_INTERACTIONS_PATH = '/discord/interactions';
/** Discord drops an interaction not answered within 3 s; the handlers defer well before. */
export const INITIAL_RESPONSE_DEADLINE_MS = 3000;

export interface InteractionsEndpointOptions {
  publicKey: KeyObject;
  /** The REST hook that hands each interaction's initial response to its HTTP response. */
  responses: HttpInteractionResponses;
  /** Gives an admitted interaction to discord.js (see `createInteractionFeeder`). */
  feed(interaction: RawInteraction): void;
  claims: Pick<ClaimStore, 'claim'>;
  logger: Logger;
  /** Clock in milliseconds for the timestamp check. */
  now?: () => number;
  deadlineMs?: number;
}

/**
 * The interactions endpoint (`POST /discord/interactions`): verifies Discord's Ed25519
 * signature and timestamp (401 otherwise, logged at debug without the body, as the Slack gate
 * does), answers PING with PONG, and gives every other interaction to discord.js, whose handlers
 * answer it as they answer the gateway's: their initial response becomes this request's response.
 */
export function createInteractionsEndpoint(options: InteractionsEndpointOptions): RequestListener {
  const { logger, responses } = options;
  const now = options.now ?? Date.now;
  const deadlineMs = options.deadlineMs ?? INITIAL_RESPONSE_DEADLINE_MS;

  async function receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      req.resume();
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    const decision = await checkInteractionRequest(req, { publicKey: options.publicKey, now });
    if (decision.type === 'refused') {
      const { type: _, ...why } = decision;
      logger.debug(why, 'refused a Discord interaction request');
      res.writeHead(decision.status).end();
      return;
    }
    const { interaction } = decision;
    if (interaction.type === INTERACTION_TYPES.ping) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ type: 1 }));
      return;
    }
    if (!(await claimDelivery(options.claims, 'interaction', interaction.id, logger))) {
      res.writeHead(409).end();
      return;
    }
    await answer(interaction, res);
  }

  async function answer(interaction: RawInteraction, res: ServerResponse): Promise<void> {
    const pending = responses.expect(interaction.id);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), deadlineMs);
    });
    res.once('close', () => pending.abandon());
    try {
      options.feed(interaction);
      const initial = await Promise.race([pending.response, late]);
      if (initial === undefined) {
        logger.warn(
          { interactionId: interaction.id, deadlineMs },
          'no initial response to a Discord interaction within its deadline',
        );
        res.writeHead(500).end();
        return;
      }
      res.writeHead(200, { 'content-type': initial.contentType }).end(initial.body);
    } finally {
      clearTimeout(timer);
      pending.abandon();
    }
  }

  return (req, res) => {
    receive(req, res).catch((err: unknown) => {
      logger.error({ err }, 'discord interaction request could not be received');
      if (!res.headersSent) res.writeHead(500).end();
    });
  };
}
