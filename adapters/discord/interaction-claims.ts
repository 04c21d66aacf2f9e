import type { ClaimStore, Logger } from '../../src/index.js';

/** An interaction token lives 15 minutes: no copy of it can be answered later than that. */
export const INTERACTION_CLAIM_TTL_MS = 15 * 60 * 1000;

/**
 * Claims an interaction (or a gateway message) for this replica, so that one delivered to two
 * replicas (two gateway sessions during a takeover, an HTTP POST a load balancer retried) is
 * answered once. True: answer it. When the store cannot say, it is answered: a rare double
 * answer is better than none.
 */
export async function claimDelivery(
  claims: Pick<ClaimStore, 'claim'>,
  kind: 'interaction' | 'message',
  id: string,
  logger: Logger,
): Promise<boolean> {
  try {
    const won = await claims.claim(`discord:${kind}:${id}`, INTERACTION_CLAIM_TTL_MS);
    if (!won)
      logger.info({ [`${kind}Id`]: id }, `skipped a discord ${kind} another replica (or delivery) took`);
    return won;
  } catch (err) {
    logger.warn({ err, [`${kind}Id`]: id }, `could not claim a discord ${kind}; answering it anyway`);
    return true;
  }
}
