import { Worker } from 'node:worker_threads';
import type { KnowledgeBase } from '../knowledge/case.js';
import type { Logger } from '../logger.js';
import type { SearchIndexData, TransferredSearchIndexData } from '../search/build-search-index.js';
import type { WorkerReport, WorkerRequest } from './worker-messages.js';

/** A knowledge folder loaded and indexed off the main thread. */
export interface BuiltKnowledge {
  knowledge: KnowledgeBase;
  search: SearchIndexData | TransferredSearchIndexData;
  fromCache: boolean;
}

/** The worker could not build: the folder cannot be read, or the worker failed. */
export class ReloadBuildError extends Error {
  readonly code: string;
  constructor(message: string, code: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReloadBuildError';
    this.code = code;
  }
}

/**
 * Starts the worker. Compiled (dist/), the worker is a .js file beside this one. From the
 * TypeScript sources (tsx, vitest) the worker is a .ts file, which a worker thread can only load
 * once tsx is registered in it, so a one-line module does that first.
 */
function startWorker(request: WorkerRequest): Worker {
  const compiled = import.meta.url.endsWith('.js');
  const entry = new URL(`./knowledge-worker.${compiled ? 'js' : 'ts'}`, import.meta.url);
  if (compiled) return new Worker(entry, { workerData: request });
  const api = import.meta.resolve('tsx/esm/api');
  const code = `(await import(${JSON.stringify(api)})).register(); await import(${JSON.stringify(entry.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), { workerData: request });
}

/**
 * Loads and indexes a knowledge folder in a worker thread (the cache is read and written as at
 * start), passing its log records on to `logger`. The postings come back as typed arrays whose
 * buffers are transferred, not copied. Rejects with {@link ReloadBuildError}: `KNOWLEDGE_DIR_MISSING`
 * when the folder cannot be read, `RELOAD_WORKER_FAILED` for anything else.
 */
export function buildInWorker(request: WorkerRequest, logger: Logger): Promise<BuiltKnowledge> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(request);
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
      void worker.terminate();
    };
    worker.on('message', (report: WorkerReport) => {
      switch (report.type) {
        case 'log':
          logger[report.level](report.obj, report.msg);
          return;
        case 'built':
          settle(() =>
            resolve({ knowledge: report.knowledge, search: report.search, fromCache: report.fromCache }),
          );
          return;
        case 'failed':
          settle(() =>
            reject(new ReloadBuildError(report.error.message, report.error.code ?? 'RELOAD_WORKER_FAILED')),
          );
          return;
        default: {
          const unexpected: never = report;
          throw new Error(`unknown worker report ${JSON.stringify(unexpected)}`);
        }
      }
    });
    worker.on('error', (err) =>
      settle(() =>
        reject(
          new ReloadBuildError(`reload worker failed: ${err.message}`, 'RELOAD_WORKER_FAILED', {
            cause: err,
          }),
        ),
      ),
    );
    worker.on('exit', (code) =>
      settle(() =>
        reject(new ReloadBuildError(`reload worker exited with code ${code}`, 'RELOAD_WORKER_FAILED')),
      ),
    );
  });
}
