import type { ChatContext } from './chat-context.js';
import type { Case, KnowledgeBase } from './knowledge/case.js';
import type { CountryCount, Reply } from './replies/reply.js';

/**
 * The bot every adapter talks to. `answer` never throws for any text; its reply says who sees
 * it, decided from `ctx.surface` (how the message came; the console when no context is given).
 */
export interface Bot {
  answer(text: string, ctx?: ChatContext): Promise<Reply>;
  readonly knowledge: KnowledgeBase;
  /** Countries that have at least one case, with counts, most cases first. */
  countries(): CountryCount[];
  /** Every case matching the filters, most relevant first (digest selection). */
  matchCases(filter: { country?: string; topic?: string }): Case[];
  /**
   * Builds now, in the background, what a first answer would otherwise build while someone
   * waits (the similarity index "Compare with…" and "Similar" use). Call it once the bot is
   * ready: it yields to the event loop between its steps; calling it again does nothing more.
   */
  warmUp?(): Promise<void>;
}
