import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import type { ConversationStore, JsonValue } from '../store/store.js';

/** Conversations are forgotten this long after their last message. */
export const CONVERSATION_TTL_MS = 30 * 60 * 1000;
/** The in-memory store keeps at most this many conversations, dropping the least recent. */
export const MAX_CONVERSATIONS = 10_000;
/** Ids remembered from the last answer: a page of cases, or a comparison. */
const MAX_SHOWN = 25;
const MAX_COMMAND = 2000;
/** Answers remembered before the last one: what "back to the AI list" and "my first question" recall. */
export const MAX_EARLIER = 6;
/** Ids kept of each earlier answer: its first cases, enough to say which were shown. */
export const MAX_EARLIER_SHOWN = 5;

const earlierAnswerSchema = z.object({
  /** The list, count or pick asked, as its command. */
  asked: z.string().max(MAX_COMMAND),
  /** The first cases it showed. */
  shown: z.array(z.string().max(100)).max(MAX_EARLIER_SHOWN),
});
export type EarlierAnswer = z.infer<typeof earlierAnswerSchema>;

/**
 * What casebot remembers of a conversation: plain JSON, so a shared store can keep it. Intents
 * are kept as their canonical commands (`formatCommand`), which `parseIntent` reads back.
 */
export const conversationStateSchema = z.object({
  /** When the last message was answered (ms since the epoch, the bot's clock). */
  at: z.number().finite(),
  /** The last list, count or pick: what "next", "only local ones" and "and Japan?" build on. */
  last: z.string().max(MAX_COMMAND).optional(),
  /** The list or count asked before the last, when it differed: what "both together?" joins to it. */
  before: z.string().max(MAX_COMMAND).optional(),
  /**
   * The lists, counts and picks answered before the last, oldest first, at most `MAX_EARLIER`:
   * what "back to the AI list", "the one before the French one" and "my first question" recall.
   */
  earlier: z.array(earlierAnswerSchema).max(MAX_EARLIER).optional(),
  /** The list, count or pick whose answer showed `shown`: an empty answer shows none of them. */
  shownFor: z.string().max(MAX_COMMAND).optional(),
  /** Ids of the cases shown last, in order: what "the second one" points at. */
  shown: z.array(z.string().max(100)).max(MAX_SHOWN),
  /** The cases shown last were compared: "which one is newer?" picks one of them. */
  compared: z.boolean().optional(),
  /** The case in focus: what "it" and "more like this" mean. */
  focus: z.string().max(100).optional(),
  /** Countries (ISO codes) the last answer was about, when it was about two or three: what "compare them" compares. */
  places: z.array(z.string().max(10)).max(3).optional(),
  /** The id of the digest the last answer was about: what "pause it" after it pauses. */
  digest: z.string().max(20).optional(),
  /** The command a "yes" takes up: what the last answer offered. */
  offer: z.string().max(MAX_COMMAND).optional(),
});
export type ConversationState = z.infer<typeof conversationStateSchema>;

export interface MemoryConversationStoreOptions {
  max?: number;
  ttlMs?: number;
  /** Milliseconds, like `Date.now`; injected so tests control expiry. */
  now?: () => number;
}

/**
 * Conversations in memory, the default when no shared store is given (the `Store`'s
 * `conversations` of SQLite or PostgreSQL replace it): least recently used dropped past `max`,
 * each expiring `ttlMs` after it was last set.
 */
export function createMemoryConversationStore(
  options: MemoryConversationStoreOptions = {},
): ConversationStore {
  const now = options.now ?? Date.now;
  const cache = new LRUCache<string, JsonValue & object>({
    max: options.max ?? MAX_CONVERSATIONS,
    ttl: options.ttlMs ?? CONVERSATION_TTL_MS,
    // No timer: the clock is read when asked, so an injected clock alone decides expiry.
    ttlResolution: 0,
    perf: { now },
  });
  return {
    async get(key) {
      return cache.get(key);
    },
    async set(key, value, ttlMs) {
      // lru-cache keeps objects only; a conversation state is one.
      if (typeof value === 'object' && value !== null) cache.set(key, value, { ttl: ttlMs });
      else cache.delete(key);
    },
    async delete(key) {
      cache.delete(key);
    },
  };
}

/** A stored state, checked: a damaged, foreign or expired one is no state at all. */
export function readConversationState(stored: unknown, nowMs: number, ttlMs = CONVERSATION_TTL_MS) {
  const parsed = conversationStateSchema.safeParse(stored);
  if (!parsed.success) return undefined;
  const age = nowMs - parsed.data.at;
  return age >= 0 && age <= ttlMs ? parsed.data : undefined;
}
