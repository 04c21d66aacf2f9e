import type { DigestCommand } from '../intents/intent.js';
import { readDigestChange } from '../understanding/read-digest-change.js';
import { readDigestAction } from '../understanding/read-digest-request.js';
import type { Understanding } from '../understanding/understanding.js';
import type { ConversationState } from './conversation-store.js';

/** Words that point at what the last answer was about: "pause it", "can we get this every monday". */
const POINTER = /\b(?:it|this|that|this\s+one|that\s+one)\b/giu;
/** "the next one", "the last one": a digest's posts, after an answer about a digest. */
const ONE_OF_ITS_POSTS = /\b(?:the\s+)?(next|last|previous)\s+one\b/giu;

/**
 * After an answer about one digest (subscribed, changed, paused, listed alone), "it" and "this"
 * are that digest: "pause it till february", "ok turn it back on", "could it come at 2pm
 * instead", "when's the next one going out?" are done to it, or asked of it. A digest command
 * that names no id is given that digest's. Undefined when the message is not about the digest.
 */
export function readingOfDigest(
  u: Understanding,
  text: string,
  state: ConversationState | undefined,
): { command: DigestCommand; note?: string } | undefined {
  const id = state?.digest;
  if (id === undefined || u.literal) return undefined;
  if (u.kind === 'digest' && u.digest) {
    const { digest } = u;
    if (digest.type === 'subscribe' || digest.type === 'help' || digest.type === 'list') return undefined;
    if (digest.id !== undefined) return undefined;
    return { command: { ...digest, id }, ...(u.digestNote ? { note: u.digestNote } : {}) };
  }
  POINTER.lastIndex = 0;
  ONE_OF_ITS_POSTS.lastIndex = 0;
  if (!POINTER.test(text) && !ONE_OF_ITS_POSTS.test(text)) return undefined;
  // Read as if it named the digest, with the words it was said in.
  const named = text.replace(POINTER, 'the digest').replace(ONE_OF_ITS_POSTS, 'the $1 digest');
  const change = readDigestChange(named, u);
  if (change) return { command: { type: 'change', id, change } };
  const done = readDigestAction(named);
  const command = done?.command;
  if (!command || command.type === 'list' || command.type === 'help' || command.type === 'subscribe')
    return undefined;
  return { command: { ...command, id }, ...(done.note ? { note: done.note } : {}) };
}
