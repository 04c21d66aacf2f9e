import type { Bot } from '../bot.js';
import { createMemoryConversationStore } from '../conversation/conversation-store.js';
import { createBot } from '../create-bot.js';
import type { DigestHandler } from '../digests/digest-handler.js';
import type { KnowledgeBase } from '../knowledge/case.js';
import { countProblems } from '../knowledge/describe-knowledge.js';
import { type Logger, silentLogger } from '../logger.js';
import type { SearchIndexData, TransferredSearchIndexData } from '../search/build-search-index.js';
import { createSearchIndex } from '../search/search-index.js';
import type { StatusProvider } from '../status/status-report.js';
import type { ConversationStore } from '../store/store.js';
import { type BuiltKnowledge, buildInWorker } from './build-in-worker.js';
import { loadSearchKnowledge } from './load-search-knowledge.js';

export interface CreateReloadingBotOptions {
  knowledgeDir: string;
  /** Where the parsed knowledge and its index are cached; no cache when absent. */
  cacheDir?: string;
  logger?: Logger;
  random?: () => number;
  now?: () => Date;
  /** Answers `digest …` messages from the first one (build it first: see `createDigestHandler`). */
  digests?: DigestHandler;
  /** Answers `status` with how the running process is (see `StatusProvider`). */
  status?: StatusProvider;
  /** Where conversations are remembered; one store for every reload (in memory by default). */
  conversations?: ConversationStore;
  /** Told each time a bot built here builds its similarity index (see `bot.warmUp`). */
  onSimilarBuilt?: () => void;
  /** How a reload builds; in a worker thread unless a test says otherwise. */
  build?: (request: { knowledgeDir: string; cacheDir?: string }, logger: Logger) => Promise<BuiltKnowledge>;
}

/** What a reload did: swapped in the new knowledge, or kept the old one and why. */
export type ReloadOutcome =
  | {
      type: 'reloaded';
      cases: { before: number; after: number };
      /** Case ids new in this knowledge, and gone from it. */
      added: number;
      removed: number;
      errors: number;
      warnings: number;
      fromCache: boolean;
      ms: number;
    }
  | { type: 'kept'; cases: number; error: Error; ms: number };

export interface ReloadingBot {
  /** Answers from the knowledge in effect; the same object before, during and after reloads. */
  bot: Bot;
  /**
   * Loads the knowledge folder again in the background and swaps it in. A reload asked for while
   * one runs runs once after it (however many were asked for), and they share its outcome.
   */
  reload(): Promise<ReloadOutcome>;
}

function describeCases(knowledge: KnowledgeBase) {
  return { ...countProblems(knowledge.problems), cases: knowledge.cases.length };
}

/**
 * A bot whose knowledge can be reloaded without a restart. It starts like `createCasebot` (the
 * first load runs here, before anything is answered); each reload then loads and indexes in a
 * worker thread, so questions keep being answered from the old knowledge meanwhile, and swaps
 * the knowledge and its index in one assignment: an answer already started finishes on the
 * knowledge it started with. New knowledge with bad records loads without them (its problems
 * are logged); a folder that cannot be read at all keeps the old knowledge. Digests look cases
 * up in `bot.knowledge` by id each time, so they follow the swap.
 */
export async function createReloadingBot(options: CreateReloadingBotOptions): Promise<ReloadingBot> {
  const logger = options.logger ?? silentLogger;
  const build = options.build ?? buildInWorker;
  const request = {
    knowledgeDir: options.knowledgeDir,
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
  };
  // Follow-ups survive a reload: every bot built here shares the conversations.
  const conversations =
    options.conversations ??
    createMemoryConversationStore({ now: () => (options.now ?? (() => new Date()))().getTime() });
  const makeBot = (knowledge: KnowledgeBase, search: SearchIndexData | TransferredSearchIndexData) =>
    createBot({
      ...options,
      conversations,
      knowledge,
      index: createSearchIndex(search),
      // Similar cases read the same data: without it the first "show" rebuilds the index.
      searchData: search,
      logger,
    });

  const started = performance.now();
  const first = await loadSearchKnowledge({ ...request, logger });
  let current = makeBot(first.knowledge, first.search);
  logger.info(
    {
      ...describeCases(first.knowledge),
      fromCache: first.fromCache,
      ms: Math.round(performance.now() - started),
    },
    'bot ready',
  );

  async function runReload(): Promise<ReloadOutcome> {
    const began = performance.now();
    const before = current.knowledge;
    try {
      const built = await build(request, logger);
      const next = makeBot(built.knowledge, built.search);
      // A bot that was warmed stays warm across a reload: its successor warms in the background.
      if (warmed)
        next.warmUp?.().catch((err) => logger.warn({ err }, 'warm-up failed; built when first asked'));
      const oldIds = new Set(before.cases.map((c) => c.id));
      const newIds = new Set(built.knowledge.cases.map((c) => c.id));
      current = next;
      const outcome: ReloadOutcome = {
        type: 'reloaded',
        cases: { before: before.cases.length, after: built.knowledge.cases.length },
        added: [...newIds].filter((id) => !oldIds.has(id)).length,
        removed: [...oldIds].filter((id) => !newIds.has(id)).length,
        ...countProblems(built.knowledge.problems),
        fromCache: built.fromCache,
        ms: Math.round(performance.now() - began),
      };
      logger.info(outcome, 'knowledge reloaded');
      return outcome;
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err));
      const outcome: ReloadOutcome = {
        type: 'kept',
        cases: before.cases.length,
        error,
        ms: Math.round(performance.now() - began),
      };
      logger.error(
        { err: error, dir: options.knowledgeDir, cases: before.cases.length, ms: outcome.ms },
        `knowledge reload failed: ${error.message}; still answering from the previous knowledge`,
      );
      return outcome;
    }
  }

  let warmed = false;
  let running: Promise<ReloadOutcome> | undefined;
  let queued: Promise<ReloadOutcome> | undefined;
  function reload(): Promise<ReloadOutcome> {
    if (!running) {
      running = runReload().finally(() => {
        running = undefined;
      });
      return running;
    }
    // Files change in bursts: everything asked for meanwhile is one more reload, after this one.
    queued ??= running.then(() => {
      queued = undefined;
      return reload();
    });
    return queued;
  }

  const bot: Bot = {
    answer: (text, ctx) => current.answer(text, ctx),
    get knowledge() {
      return current.knowledge;
    },
    countries: () => current.countries(),
    matchCases: (filter) => current.matchCases(filter),
    warmUp: () => {
      warmed = true;
      return current.warmUp?.() ?? Promise.resolve();
    },
  };
  return { bot, reload };
}
