import type { DigestHandler } from '../digests/digest-handler.js';
import type { Case } from '../knowledge/case.js';
import type { Logger } from '../logger.js';
import type { CountryCount } from '../replies/reply.js';
import type { SearchIndex } from '../search/search-index.js';

/** What intent handlers work with; `random` and `now` are injected so tests are deterministic. */
export interface BotDeps {
  cases: readonly Case[];
  byId: ReadonlyMap<string, Case>;
  /** `countCountries(cases)`, counted once: the cases never change under a bot. */
  countries: readonly CountryCount[];
  index: SearchIndex;
  logger: Logger;
  random: () => number;
  now: () => Date;
  /** Every case matching the filters, most relevant first: what digest commands select from. */
  matchCases(filter: { country?: string; topic?: string }): Case[];
  digests?: DigestHandler;
}
