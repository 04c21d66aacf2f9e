/** Digest management, parsed by the digests module from `digest …` messages. */
export type DigestCommand =
  | { type: 'subscribe'; args: string }
  | { type: 'list' }
  | { type: 'unsubscribe'; id?: string }
  | { type: 'pause'; id?: string }
  | { type: 'resume'; id?: string }
  | { type: 'preview'; id?: string }
  /** Who set it up and when, when it posts next, what it posted last. */
  | { type: 'info'; id?: string }
  | { type: 'change'; id?: string; change: DigestChange }
  | { type: 'help' };

/**
 * What a message changes in a channel's digest ("make the digest fortnightly", "just 3 cases",
 * "add korea"): only what it says; every other setting stays. `null` clears a filter.
 */
export interface DigestChange {
  every?: 'daily' | 'weekly' | 'weekdays' | 'monthly' | 'fortnightly';
  /** mon … sun. */
  day?: string;
  /** HH:MM. */
  time?: string;
  timezone?: string;
  /** A country's name; null: any country. */
  country?: string | null;
  topic?: string | null;
  count?: number;
}

/** Why a help reply is shown instead of an answer. */
export type HelpReason = 'asked' | 'empty' | 'too-long' | 'unknown-command';

/** Levels of government, normalised from the knowledge's free-text `level` (see `normaliseLevel`). */
export type Level = 'local' | 'regional' | 'national' | 'international';

/** How listed cases are ordered: best match, or by year. */
export type Sort = 'relevance' | 'newest' | 'oldest' | 'title';

/** What cases can be counted by. */
export type Facet = 'country' | 'region' | 'topic' | 'year' | 'level';

/** Inclusive years; an open end is absent. */
export interface YearRange {
  from?: number;
  to?: number;
}

/**
 * What narrows a set of cases. Every filter present must hold; `countries` and `region` each
 * hold when any of a case's countries is among them.
 */
export interface Filters {
  /** ISO 3166-1 alpha-2 codes. */
  countries?: string[];
  /** A country group id (`eu`, `nordic`, `africa`…), see `findRegion`. */
  region?: string;
  years?: YearRange;
  level?: Level;
  /** A taxonomy label ("Health"). */
  topic?: string;
  /**
   * Two or more taxonomy labels named together ("health and education"): cases about any of
   * them, those about more first; with `all`, cases about every one ("both AI and health").
   */
  topics?: TopicSet;
  /**
   * Places left out ("anywhere but South Korea", "Asia but not Japan"): a case from any country
   * of them is left out, so a place's cases and those left out without it are all the cases.
   */
  except?: PlaceSet;
  /**
   * Topics or words left out ("health but not mental health", "digital services, not AI"): a
   * taxonomy label leaves out the cases tagged with it, other words the cases that have them.
   */
  without?: string[];
  /**
   * Years left out ("not 2020", "except last year"): a case of those years is left out, an
   * undated case stays, so the years' cases and those left out without them are all the cases.
   */
  exceptYears?: YearRange;
  /**
   * How many countries a case has ("cases with more than 3 countries", "multi-country"): at
   * least `min`, at most `max`, both included.
   */
  countryCount?: CountRange;
  /** Cases left out by id: the case others were asked relative to ("the same year as AI Friends"). */
  besides?: string[];
}

/** Bounds of a count, both included; one may be missing. */
export interface CountRange {
  min?: number;
  max?: number;
}

/** Places as a filter holds them: countries, a country group, or both. */
export interface PlaceSet {
  /** ISO 3166-1 alpha-2 codes. */
  countries?: string[];
  /** A country group id, see `findRegion`. */
  region?: string;
}

/** Topics named together: any of them (the usual reading of "X and Y"), or all (`both X and Y`). */
export interface TopicSet {
  labels: string[];
  all?: true;
}
export type FilterKey = keyof Filters;
export const FILTER_KEYS: readonly FilterKey[] = [
  'countries',
  'region',
  'years',
  'level',
  'topic',
  'topics',
  'except',
  'without',
  'exceptYears',
  'countryCount',
  'besides',
];

/** Short conversational messages that are not questions about cases. */
export type SmallTalk = 'greeting' | 'thanks' | 'about' | 'bye' | 'ack' | 'no' | 'complaint' | 'confused';

/**
 * What a message asks for, after the conversation so far is taken into account: plain data,
 * serialisable, and the same for every adapter. Country fields hold ISO 3166-1 alpha-2 codes.
 * `country` repeats the one country of `filters.countries` (for readers of `ask --json`).
 * `unknownPlace` keeps a place the user named that is no country casebot knows, so the reply can
 * suggest near names. `page` is 1-based.
 */
export type Intent =
  | {
      type: 'search';
      /** The subject words, as typed; empty when the filters alone say what is wanted. */
      query: string;
      filters: Filters;
      sort: Sort;
      page: number;
      /** How many cases a page shows, when fewer than a full page were asked for ("the newest 3"). */
      count?: number;
      /** Cases of the list passed over before its first page ("the next 3" after five shown). */
      skip?: number;
      country?: string;
      unknownPlace?: string;
    }
  /** Cases drawn at random; `count` of them (2 to a page) when more than one was asked for. */
  | { type: 'random'; query: string; filters: Filters; country?: string; count?: number }
  | { type: 'show'; id: string }
  /** Cases like one case (`id`) or like a text (`text`): related by content, other countries first. */
  | { type: 'similar'; id?: string; text?: string; filters: Filters; page: number }
  | { type: 'compare'; ids: string[] }
  /** What two or three countries have done, side by side: counts by topic, year and level, top cases. */
  | { type: 'compare-places'; countries: string[]; query: string; filters: Filters }
  /**
   * How many cases match, in all or per facet; `top` lines of the breakdown alone, the most first,
   * when a ranking asked for that many ("the top 3 countries for AI").
   */
  | {
      type: 'count';
      by?: Facet;
      query: string;
      filters: Filters;
      country?: string;
      top?: number;
      /** Only the lines of the breakdown with this many cases ("countries with more than 3 cases"). */
      having?: CountRange;
      /**
       * Subjects counted against each other, a line each ("health vs open data"): a topic's label
       * counted by its filter, other words by their search, each within `filters`; with `by`
       * ('year'), each one's count by year is offered.
       */
      sides?: string[];
    }
  | { type: 'help'; reason: HelpReason; topic?: string }
  | { type: 'small-talk'; kind: SmallTalk }
  /** A follow-up ("next", "the second one", "only local ones") with nothing before it to follow. */
  /** `lastShowedNone`: there was a last answer, but it showed no case to point at. */
  | { type: 'follow-up'; asked: string; lastShowedNone?: true }
  | { type: 'digest'; command: DigestCommand }
  /** How this casebot is: knowledge, adapters, digests, store, uptime (`status`). */
  | { type: 'status' };
