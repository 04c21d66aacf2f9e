import type { Facet, FilterKey, Level, SmallTalk, Sort } from '../intents/intent.js';

export type FollowUpMode = 'switch' | 'narrow' | 'add';

/** Which side of the last question's years a follow-up asks about. */
export type YearsSide = 'before' | 'after';

/** What an explicit command word asks for. */
export type CommandName =
  | 'search'
  | 'random'
  | 'show'
  | 'similar'
  | 'compare'
  | 'count'
  | 'list'
  | 'new'
  | 'help'
  | 'status'
  | 'country'
  | 'digest';

/**
 * The part a word (or a phrase of several words) plays in a message. A message is read by
 * giving each word a role; what is left without one is the subject.
 */
export type Role =
  /** Asks for cases without saying which: "anything", "show me", "examples", "please". */
  | { type: 'filler' }
  /** Asks for one case without saying which ("anything", "an example"): maybe a random pick. */
  | { type: 'randomish' }
  | { type: 'command'; command: CommandName }
  | { type: 'social'; kind: SmallTalk | 'howto' }
  | { type: 'sort'; sort: Sort }
  /** A level word; whether it filters depends on its neighbours ("local ones" vs "local food"). */
  | { type: 'level'; level: Level; strong: boolean }
  /** "level", "government", "authorities": after a level word, it makes it a filter. */
  | { type: 'level-noun' }
  /** "topics", "countries", "years": what a count or an overview is about. */
  | { type: 'facet'; facet: Facet }
  /** "per", "by", "each": the next facet groups the count. */
  | { type: 'per' }
  | { type: 'move'; move: 'next' | 'previous' | 'first-page' | 'last-page' }
  /** "before that", "after that": the years next to the last question's, or else the page. */
  | { type: 'years-beside'; side: YearsSide }
  | { type: 'page' }
  /**
   * The message builds on the last one: `switch` ("and for Japan?", "what about health?")
   * changes what it names, `narrow` ("only local ones", "of those") keeps the rest, `add`
   * ("also Japan") adds to it.
   */
  | { type: 'follow-up'; mode: FollowUpMode }
  /** "any year", "all countries", "no filters": a filter of the last message is dropped. */
  | { type: 'drop'; key: FilterKey | 'all' }
  /** "it", "that one", "this": the case in focus. */
  | { type: 'pronoun' }
  /** "first", "2nd", "last": a case of the last list, by position (0-based; -1 the last). */
  | { type: 'ordinal'; index: number }
  /** "one", "case", "project" after a name or an ordinal: "the Bogotá one", "the second case". */
  | { type: 'case-noun' }
  /** "topic", "theme", "tagged": the next words name a topic. */
  | { type: 'topic-word' }
  /** "yes", "sure", "go on": takes up what the last answer offered. */
  | { type: 'yes' }
  /** "again", "repeat that", "where were we?": the last answer once more. */
  | { type: 'again' }
  /** "undo that", "take that back": the question before the last one. */
  | { type: 'undo' }
  /** "both together?", "combined": the last two questions' places as one. */
  | { type: 'together' }
  /** Words that join the parts of a comparison or a list: "and", "with", "vs", "or". */
  | { type: 'joiner' }
  /** A phrase that is always subject, never filler ("open government", "digital government"). */
  | { type: 'subject' };
