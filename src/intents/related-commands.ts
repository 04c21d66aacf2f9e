import type { CaseLinks } from '../knowledge/case-links.js';
import { shortenText } from '../shorten-text.js';
import { MAX_SUBJECT } from '../understanding/parse-message.js';

/**
 * The words of a message are cut to what the core searches of a subject, so the command shows
 * the words that are compared: the core would cut a longer quote itself.
 */
const MAX_TEXT = MAX_SUBJECT;

/**
 * What "Find related cases" on someone's message asks the core, in order. A message linking a
 * known case: that case (`show <id>`), then cases like it (`similar <id>`). Any other message:
 * the cases like its words, however they read (`similar to "…"`, quoted so that a message
 * saying "help", "digest" or "from Korea" is compared, not obeyed or read as filters), cut to a
 * question's length; a message without words (an
 * image, a sticker) gets help on what to ask. `links` is the message as posted (with its links),
 * `plain` its text as the core reads it.
 */
export function relatedCommands(message: { links: string; plain: string }, caseLinks: CaseLinks): string[] {
  const [linked] = caseLinks.inText(message.links);
  if (linked !== undefined) return [`show ${linked.id}`, `similar ${linked.id}`];
  const words = message.plain
    .replace(/https?:\/\/\S+/giu, ' ')
    .replace(/["“”]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  if (words === '') return ['help'];
  return [`similar to "${shortenText(words, MAX_TEXT).replace(/…$/u, '')}"`];
}
