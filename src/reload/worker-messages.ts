import type { KnowledgeBase } from '../knowledge/case.js';
import type { Logger } from '../logger.js';
import type { TransferredSearchIndexData } from '../search/build-search-index.js';

/** What a reload's worker is asked to build. */
export interface WorkerRequest {
  knowledgeDir: string;
  cacheDir?: string;
}

/** What the worker sends back: log records as they come, then the result or why there is none. */
export type WorkerReport =
  | { type: 'log'; level: keyof Logger; obj: object; msg?: string }
  | { type: 'built'; knowledge: KnowledgeBase; search: TransferredSearchIndexData; fromCache: boolean }
  | { type: 'failed'; error: { name: string; message: string; code?: string } };
