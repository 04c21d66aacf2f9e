import type { DigestHandler } from '../bot.js';
import type { Case } from '../knowledge/case.js';
import type { Logger } from '../logger.js';
import type { SearchIndex } from '../search/search-index.js';

/** What intent handlers work with; `random` and `now` are injected so tests are deterministic. */
export interface BotDeps {
  cases: readonly Case[];
  byId: ReadonlyMap<string, Case>;
  index: SearchIndex;
  logger: Logger;
  random: () => number;
  now: () => Date;
  digests?: DigestHandler;
}
