import type { DigestHandler } from '../digests/digest-handler.js';
import type { Case } from '../knowledge/case.js';
import type { Logger } from '../logger.js';
import type { CountryCount } from '../replies/reply.js';
import type { CaseFacets } from '../search/case-facets.js';
import type { SearchIndex } from '../search/search-index.js';
import type { SimilarCases } from '../search/similar-cases.js';
import type { StatusProvider } from '../status/status-report.js';
import type { ConversationStore } from '../store/store.js';
import type { Level } from './intent.js';
import type { SearchResult } from './search-result.js';

/** What intent handlers work with; `random` and `now` are injected so tests are deterministic. */
export interface BotDeps {
  cases: readonly Case[];
  /** Every case newest first, undated last (`byNewest`), and oldest first: sorted once. */
  newest: readonly Case[];
  oldest: readonly Case[];
  /**
   * Every case by title and each case's place in that order, sorted on first use: few ask for
   * it, and at 100,000 cases the sort takes about half a second a start would otherwise pay.
   */
  byTitle: () => { cases: readonly Case[]; ranks: Uint32Array };
  /** The cases' facets by position in `cases`: what filters (and counts per value) read. */
  facets: CaseFacets;
  /** Each case's place in `newest` and in `oldest`, by position (`buildSortRanks`). */
  ranks: { newest: Uint32Array; oldest: Uint32Array };
  byId: ReadonlyMap<string, Case>;
  /** `countCountries(cases)`, counted once: the cases never change under a bot. */
  countries: readonly CountryCount[];
  /** Each case's level of government, normalised from its free-text `level` once. */
  levels: ReadonlyMap<string, Level | undefined>;
  index: SearchIndex;
  /** The index's search, ranked and remembered for the last few texts (`createSearchMemo`). */
  search: (text: string) => SearchResult;
  /** Cases related by content, built from the index on first use. */
  similar: () => SimilarCases;
  conversations: ConversationStore;
  logger: Logger;
  random: () => number;
  now: () => Date;
  /** Every case matching the filters, most relevant first: what digest commands select from. */
  matchCases(filter: { country?: string; topic?: string }): Case[];
  digests?: DigestHandler;
  /** The running process's status (`npm start` gives it); without it `status` says where to look. */
  status?: StatusProvider;
  /** `false`: lists of results carry no filter menus (`CreateBotOptions.filterMenus`). */
  filterMenus?: false;
}
