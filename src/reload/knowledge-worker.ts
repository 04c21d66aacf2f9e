// The worker thread a reload builds in (see build-in-worker.ts): loading and indexing a large
// knowledge folder takes seconds of CPU, which would otherwise stall every answer meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import type { Logger } from '../logger.js';
import { transferPostings } from '../search/build-postings.js';
import { loadSearchKnowledge } from './load-search-knowledge.js';
import type { WorkerReport, WorkerRequest } from './worker-messages.js';

const port = parentPort;
if (port) {
  const request = workerData as WorkerRequest;
  const post = (report: WorkerReport, transfer: ArrayBuffer[] = []) => port.postMessage(report, transfer);
  const forward =
    (level: keyof Logger) =>
    (obj: object, msg?: string): void => {
      try {
        post({ type: 'log', level, obj, ...(msg === undefined ? {} : { msg }) });
      } catch {
        // Something in the record cannot cross threads (a function): send what it says.
        post({
          type: 'log',
          level,
          obj: JSON.parse(JSON.stringify(obj)) as object,
          ...(msg === undefined ? {} : { msg }),
        });
      }
    };
  const logger: Logger = {
    debug: forward('debug'),
    info: forward('info'),
    warn: forward('warn'),
    error: forward('error'),
  };
  try {
    const loaded = await loadSearchKnowledge({ ...request, logger });
    const { offsets: _o, docs: _d, weights: _w, refs: _r, terms: _t, ...rest } = loaded.search;
    const { postings, buffers } = transferPostings(loaded.search);
    post(
      {
        type: 'built',
        knowledge: loaded.knowledge,
        search: { ...rest, ...postings },
        fromCache: loaded.fromCache,
      },
      buffers,
    );
  } catch (err) {
    const { name, message } = err instanceof Error ? err : { name: 'Error', message: String(err) };
    const code = (err as { code?: unknown }).code;
    post({ type: 'failed', error: { name, message, ...(typeof code === 'string' ? { code } : {}) } });
  }
}
