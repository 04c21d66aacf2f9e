import { formatCommand } from '../intents/format-command.js';
import type { Intent } from '../intents/intent.js';
import type { ReplyContent } from '../replies/reply.js';
import type { Decision } from './decision.js';

/**
 * A pick at random among the cases an answer found none of: offering it would be a button that
 * answers nothing ("anything from low-income countries?" when there are none).
 */
function randomOfNothing(reply: ReplyContent, alternative: Intent): boolean {
  if (reply.type !== 'not-found' || alternative.type !== 'random' || !('filters' in reply.intent))
    return false;
  const found = reply.intent;
  return (
    alternative.query === ('query' in found ? found.query : '') &&
    JSON.stringify(alternative.filters) === JSON.stringify(found.filters)
  );
}

/** How the message was read, on the reply: notes as its notice, other readings as buttons. */
export function withReading(reply: ReplyContent, decision: Decision): ReplyContent {
  const offered = decision.alternatives.filter((a) => !randomOfNothing(reply, a.intent));
  if (decision.notes.length === 0 && offered.length === 0) return reply;
  const notice = [...decision.notes, reply.notice].filter(Boolean).join(' ');
  const alternatives = offered.map((a) => ({
    type: 'alternative' as const,
    label: a.label,
    command: formatCommand(a.intent),
  }));
  return { ...reply, ...(notice ? { notice } : {}), actions: [...reply.actions, ...alternatives] };
}
