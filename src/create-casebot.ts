import { fingerprintKnowledge } from './cache/fingerprint-knowledge.js';
import { loadCachedSearch, saveCachedKnowledge } from './cache/knowledge-cache.js';
import { createBot } from './create-bot.js';
import type { DigestHandler } from './digests/digest-handler.js';
import type { KnowledgeBase } from './knowledge/case.js';
import { countProblems } from './knowledge/describe-knowledge.js';
import { loadKnowledge } from './knowledge/load-knowledge.js';
import { type Logger, silentLogger } from './logger.js';
import { buildSearchIndexData } from './search/build-search-index.js';
import { createSearchIndex, type SearchIndex } from './search/search-index.js';

export interface CreateCasebotOptions {
  knowledgeDir: string;
  /** Where the parsed knowledge and its index are cached; no cache when absent. */
  cacheDir?: string;
  logger?: Logger;
  random?: () => number;
  now?: () => Date;
  /** Answers `digest …` messages from the first one (build it first: see `createDigestHandler`). */
  digests?: DigestHandler;
}

/**
 * Loads a knowledge folder and returns a bot over it. With a cache folder, a restart on
 * unchanged knowledge loads the saved cases and search postings instead of rebuilding them;
 * a cache that is damaged in any way is rebuilt, with a warning, never served.
 */
export async function createCasebot(options: CreateCasebotOptions) {
  const logger = options.logger ?? silentLogger;
  const started = performance.now();
  const key = await fingerprintKnowledge(options.knowledgeDir);
  const cached = options.cacheDir ? await loadCachedSearch(options.cacheDir, key, logger) : undefined;
  let knowledge: KnowledgeBase;
  let index: SearchIndex;
  if (cached) {
    knowledge = {
      cases: cached.data.cases,
      problems: cached.data.problems,
      merges: cached.data.merges ?? [],
      hash: key,
      ...(cached.data.synonyms ? { synonyms: cached.data.synonyms } : {}),
    };
    index = cached.index;
  } else {
    knowledge = { ...(await loadKnowledge(options.knowledgeDir, { logger })), hash: key };
    const searchData = buildSearchIndexData(knowledge.cases, knowledge.synonyms?.groups);
    if (options.cacheDir) {
      await saveCachedKnowledge(
        options.cacheDir,
        key,
        {
          cases: knowledge.cases,
          problems: knowledge.problems,
          merges: knowledge.merges ?? [],
          ...(knowledge.synonyms ? { synonyms: knowledge.synonyms } : {}),
          search: searchData,
        },
        logger,
      );
    }
    index = createSearchIndex(searchData);
  }
  logger.info(
    {
      cases: knowledge.cases.length,
      problems: knowledge.problems.length,
      ...countProblems(knowledge.problems),
      merges: knowledge.merges?.length ?? 0,
      fromCache: Boolean(cached),
      ms: Math.round(performance.now() - started),
    },
    'bot ready',
  );
  return createBot({ ...options, knowledge, index, logger });
}
