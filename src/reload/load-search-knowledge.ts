import { fingerprintKnowledge } from '../cache/fingerprint-knowledge.js';
import { loadCachedKnowledge, saveCachedKnowledge } from '../cache/knowledge-cache.js';
import type { KnowledgeBase } from '../knowledge/case.js';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import type { Logger } from '../logger.js';
import { buildSearchIndexData, type SearchIndexData } from '../search/build-search-index.js';

export interface LoadSearchKnowledgeOptions {
  knowledgeDir: string;
  /** Where the parsed knowledge and its index are cached; no cache when absent. */
  cacheDir?: string;
  logger: Logger;
}

/** A knowledge folder loaded and indexed: what a bot is made of. */
export interface SearchKnowledge {
  knowledge: KnowledgeBase;
  search: SearchIndexData;
  fromCache: boolean;
}

/**
 * Loads a knowledge folder and builds its search data. With a cache folder, unchanged knowledge
 * is read from the cache instead of being parsed and indexed again; a cache that is damaged in
 * any way is rebuilt, with a warning, never served. Throws `KnowledgeDirError` when the folder
 * cannot be read.
 */
export async function loadSearchKnowledge(options: LoadSearchKnowledgeOptions): Promise<SearchKnowledge> {
  const { knowledgeDir, cacheDir, logger } = options;
  const key = await fingerprintKnowledge(knowledgeDir);
  const cached = cacheDir ? await loadCachedKnowledge(cacheDir, key, logger) : undefined;
  if (cached) {
    const knowledge: KnowledgeBase = {
      cases: cached.cases,
      problems: cached.problems,
      merges: cached.merges ?? [],
      hash: key,
      ...(cached.synonyms ? { synonyms: cached.synonyms } : {}),
    };
    return { knowledge, search: cached.search, fromCache: true };
  }
  const knowledge: KnowledgeBase = { ...(await loadKnowledge(knowledgeDir, { logger })), hash: key };
  const search = buildSearchIndexData(knowledge.cases, knowledge.synonyms?.groups);
  if (cacheDir) {
    await saveCachedKnowledge(
      cacheDir,
      key,
      {
        cases: knowledge.cases,
        problems: knowledge.problems,
        merges: knowledge.merges ?? [],
        ...(knowledge.synonyms ? { synonyms: knowledge.synonyms } : {}),
        search,
      },
      logger,
    );
  }
  return { knowledge, search, fromCache: false };
}
