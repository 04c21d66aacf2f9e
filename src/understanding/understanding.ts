import type {
  CountRange,
  DigestCommand,
  Facet,
  FilterKey,
  Filters,
  HelpReason,
  Level,
  SmallTalk,
  Sort,
  YearRange,
} from '../intents/intent.js';
import type { StateReading } from '../knowledge/countries/state-codes.js';
import type { FieldTermReading } from './read-field-terms.js';
import type { FunderAsk } from './read-funder.js';
import type { JoinedTopics } from './read-joined-topics.js';
import type { UnrecordedMeasure } from './read-measures.js';
import type { Pasted } from './read-pasted.js';
import type { Recall } from './read-recall.js';
import type { SynthesisAsk } from './read-synthesis.js';
import type { FollowUpMode, YearsSide } from './role.js';
import type { TimeReading } from './time-reading.js';

/** A case a message points at: by id, by its place in the last list, as "it", or by name. */
export type CaseRef =
  | { type: 'id'; id: string }
  /** 0-based; -1 is the last one shown. */
  | { type: 'ordinal'; index: number }
  /**
   * "it", "that one"; `plural` for "them", "those", "all of them": the cases shown. `described`
   * when the words after it say which case ("that Irish challenge", "the case about rehab").
   */
  | { type: 'pronoun'; plural?: true; described?: true }
  /** "the newest", "the oldest": the case of the last list (else of all) first in that order. */
  | { type: 'extreme'; sort: 'newest' | 'oldest' }
  /**
   * "the Bogotá one", "AI Friends": words to find among the cases. `loose` when the words may
   * as well be a search ("what is open data?"): then only a title that holds them all counts.
   */
  | { type: 'name'; text: string; loose?: boolean };

/** A fact of a case other cases can share: "the same country as AI Friends". */
export type RelationFacet = 'country' | 'year' | 'level' | 'topic';

/** How years relate to a case's year: the same, around it (a year either side), before or after it. */
export type YearRelation = 'same' | 'around' | 'before' | 'after';

/** A relation to a case that the collection does not record as such ("more from that team"). */
export type UnrecordedRelation = 'organisation' | 'team' | 'city' | 'funder';

/**
 * Cases asked for relative to a case ("others from the same country as the first", "anything
 * earlier than it"): the case's facts become filters and the case itself is left out.
 */
export interface CaseRelation {
  facets: RelationFacet[];
  years?: YearRelation;
  unrecorded?: UnrecordedRelation;
  /** "what else did Serbia do": only the case in focus is left out of what the rest asks for. */
  other?: true;
  /** The case: named, pointed at, or (a pronoun) the one just shown. */
  ref: CaseRef;
  /** The rest of the message, read on its own: its filters and subject still hold. */
  rest: Understanding;
}

/** A state's postal code typed where a place goes ("cases from CA", "anything in WA", "TX examples"). */
export interface StateCode {
  /** As typed: "CA". */
  typed: string;
  /** The states it may be, the United States' first. */
  states: readonly StateReading[];
  /** The country it was read as, when it is also a country's code ("CA" is Canada). */
  country?: string;
}

/**
 * What a practitioner asks of a case beyond its facts: whether it worked, was evaluated, what it
 * cost, whom to contact, whether it still runs, how long it took to set up.
 */
export type CaseAsk = 'results' | 'evaluation' | 'cost' | 'contact' | 'running' | 'set-up';

/** What the message mainly asks for. */
export type MessageKind =
  | 'search'
  | 'random'
  | 'show'
  | 'similar'
  | 'compare'
  | 'count'
  | 'page'
  | 'yes'
  | 'together'
  | 'again'
  | 'undo'
  | 'small-talk'
  | 'help'
  | 'status'
  | 'digest';

/**
 * One message read in one pass, before the conversation is taken into account: the command, the
 * filters it names, the subject words, the cases it points at and the conversational moves.
 */
export interface Understanding {
  kind: MessageKind;
  /** The subject words, as typed ("open data"); empty when the message names none. */
  subject: string;
  /** The subject was quoted: search it as written, never read it as a topic. */
  literal: boolean;
  /** The subject named nothing but a topic (now `filters.topic`), as typed ("healthcare"). */
  topicTyped?: string;
  filters: Filters;
  /** Filters the message takes off ("any year", "everywhere", "no filters"). */
  drops: (FilterKey | 'all')[];
  sort?: Sort;
  /** What a count is broken down by ("per country", "which topics"). */
  by?: Facet;
  /** Cases pointed at, in order; for a comparison, one per part. */
  refs: CaseRef[];
  /** A page asked for: a number, or a step from the page shown. */
  page?: number | 'next' | 'previous';
  /** Cases of the list passed over before its first page: "from case 6", "cases 3 to 7". */
  skip?: number;
  /**
   * How the message builds on the last one (see `FollowUpMode`), or `filters-only`: it names
   * nothing but filters ("since 2020", "local ones"), which narrow the last question if any.
   */
  followUp?: FollowUpMode | 'filters-only';
  /** The message corrects the last one ("sorry I meant Japan", "actually make it 2020"). */
  corrects?: boolean;
  /**
   * How many cases are asked for: drawn at random ("3 random cases", "give me five at random") or
   * shown from a list ("the newest 3", "top 5 on climate", "3 cases from Korea").
   */
  count?: number;
  /** "before that", "after that": the years beside the last question's, or else a page back or on. */
  yearsBeside?: YearsSide;
  /** "anything", "an example": one case may be wanted, not a list. */
  randomish: boolean;
  /** The list or "what's new" was asked for explicitly. */
  listing: boolean;
  smallTalk?: SmallTalk;
  /** A place named after `country` that is no country casebot knows ("country Narnia"). */
  unknownPlace?: string;
  /** "again" said beside something else ("Nigeria again"): a place left out before is back in. */
  again?: true;
  /**
   * The message points back past the last answer ("back to the AI list", "my first question"):
   * which earlier answer, and the rest of the message, read on its own, describing it.
   */
  recall?: { recall: Recall; described: Understanding; weak?: true };
  /** A link or a text pasted to find cases like (its words '' when a link says nothing readable). */
  pasted?: Omit<Pasted, 'question'>;
  /** A second level of government named ("national and local ones"): the filter holds the first. */
  otherLevel?: Level;
  /**
   * A superlative casebot has no measure of, as typed ("most impressive", "coolest", "best"): no
   * search and no filter; the answer says how it was read and offers the other reading.
   */
  unmeasured?: string;
  /** A count asked for what has the fewest ("least covered topic"): counts list the most first. */
  fewest?: true;
  /** A breakdown's lines asked by how many cases each has ("countries with more than 3 cases"). */
  having?: CountRange;
  /** A count by a facet asked as a ranking ("most active country in Asia"): the answer says which leads. */
  ranks?: true;
  /**
   * Who belongs to a group was asked ("which countries are in the global south", "is Chile high
   * income?"): the group, and the countries asked about; the answer says how the group is defined.
   */
  membership?: { region: string; countries?: string[] };
  /**
   * A count by topic asked for the topics that go together ("which topics appear together most
   * often?"): counts hold no pairs, so the answer says so and gives each topic's count.
   */
  pairs?: true;
  /** A second breakdown named ("how many per topic? and per year?"): `by` holds the first. */
  otherBy?: Facet;
  /** A US (or Canadian, Australian) state's code typed as a place ("cases from CA", "TX examples"). */
  stateCode?: StateCode;
  /** The field's short forms and UN goals read as what they stand for ("BI" as behavioural insights). */
  fieldTerms?: FieldTermReading[];
  /** A word taken as a place that may mean something else ("turkey", "Austin"). */
  uncertainPlace?: string;
  /**
   * Years left out apart from each other ("not 2018 or 2020"), as named: one run of years is left
   * out, so the years between go too, and each alone is offered.
   */
  exceptYearsApart?: YearRange[];
  /** An event read as its years ("during covid"), as typed: cases about it may be meant. */
  yearsEvent?: string;
  /** A time that is not a year read as years, or as unknowable ("added this week"). */
  timeReading?: TimeReading;
  /** Subjects named together, at least one a topic ("health and education"): how they were read. */
  joined?: JoinedTopics;
  digest?: DigestCommand;
  /** How a digest asked for in plain words was read, or what it still needs ("say how often"). */
  digestNote?: string;
  help?: { reason: HelpReason; topic?: string };
  /**
   * Figures asked of the cases that no case records ("with a budget under 100k", "that lasted more
   * than 2 years"): no search and no filter; the answer says so and what it searched instead.
   */
  unrecorded?: UnrecordedMeasure[];
  /** Who paid for the cases asked for ("funded by the EU"): not recorded, so its name is searched. */
  funder?: FunderAsk;
  /** What it asks of a case that the collection does not record as such ("did it work?"). */
  caseAsks?: CaseAsk[];
  /** A synthesis asked of cases ("what do they have in common?", "main themes"): read as a count. */
  synthesis?: SynthesisAsk;
  /** Asked of the cases shown, not of one ("did any of them work?"). */
  caseAsksOfList?: true;
  /**
   * Advice or a method asked for, as typed ("what's the best way to", "any tips for", "how can
   * we"): its frame is no search; the answer says casebot shows what others did instead.
   */
  advice?: string;
  /** Cases asked for relative to a case: its facts as filters, itself left out. */
  relation?: CaseRelation;
}
