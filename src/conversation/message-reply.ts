import type { ReplyContent } from '../replies/reply.js';

/**
 * An answer in words about the conversation itself (why these cases, who ran them): no cases of
 * its own, read as a follow-up of what was asked.
 */
export function messageReply(
  heading: string,
  lines: string[],
  asked: string,
  actions: ReplyContent['actions'] = [],
): ReplyContent {
  return {
    type: 'message',
    intent: { type: 'follow-up', asked },
    heading,
    lines,
    cases: [],
    total: 0,
    actions,
  };
}
