import type { ChatContext } from '../chat-context.js';
import type { Intent } from '../intents/intent.js';
import { withAudience } from './decide-audience.js';
import type { Reply, ReplyContent } from './reply.js';

/** casebot's one apology: short, and nothing about the failure (that goes to the log). */
const APOLOGY = {
  heading: 'Sorry, something went wrong on my side',
  message: 'The problem was logged. Please try again in a moment.',
};

/**
 * The answer to a failure, wherever it happened: the core's catch-all in `bot.answer`, and
 * every adapter's one error sink (which knows the context but maybe not the intent).
 */
export function buildErrorReply(ctx: ChatContext, intent?: Intent): Reply {
  const content: ReplyContent = { type: 'error', ...APOLOGY, cases: [], total: 0, actions: [] };
  return withAudience(intent ? { ...content, intent } : content, ctx);
}
