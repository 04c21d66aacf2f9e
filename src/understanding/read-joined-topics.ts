import type { TopicSet } from '../intents/intent.js';
import { nameTopic } from './name-topic.js';

/**
 * Subjects named together ("health and education", "climate or energy", "AI and blockchain"),
 * as read: the parts as typed, the topics among them, and whether cases must be about all.
 */
export interface JoinedTopics {
  /** Each part as typed, in order. */
  parts: string[];
  /** "both X and Y": cases about every part; otherwise about any, those about more first. */
  all: boolean;
  /** The taxonomy label each part names, or undefined for a part that names none ("blockchain"). */
  labels: (string | undefined)[];
  /**
   * Words after the last topic that every part shares ("skills and employment programmes for
   * refugees": "programmes for refugees"): searched within the topics.
   */
  shared: string;
}

// "and", "or", "and/or", "as well as", a comma or a slash join subjects; "&" stays inside a
// topic's own name ("Participation & democracy").
const JOINER = /\s*(?:,\s*(?:and|or)?|\band\s*\/\s*or\b|\b(?:and|or|as well as|plus)\b|\/|\+)\s*/iu;
const EDGE_SIGNS = /^[\s&,/]+|[\s&,/]+$/gu;
const BOTH = /\bboth\b/iu;
const LEADING_PREPOSITION = /^(?:on|about|in|of|for|with|regarding|around)\s+/iu;
/** Words before the first part that ask for cases about all the parts: "combine health and AI". */
const ALL_OF =
  /^(?:(?:that|which|to)\s+)?(?:combin\w*|link\w*|integrat\w*|connect\w*|mix\w*|bridg\w*|join\w*|(?:at\s+)?the\s+intersection\s+of|both)$/iu;

/** The part's words from `from` to `to` (exclusive), as typed. */
function wordsOf(words: readonly string[], from: number, to = words.length): string {
  return words.slice(from, to).join(' ');
}

/**
 * The first part may open with words that ask ("combine health"), the last may go on past its
 * topic ("employment programmes for refugees"): the topic each names, and what is left over.
 */
function edges(parts: string[]): { parts: string[]; all: boolean; shared: string } {
  const first = parts[0]!.split(' ');
  const last = parts.at(-1)!.split(' ');
  let all = false;
  if (nameTopic(parts[0]!) === undefined) {
    for (let k = 1; k < first.length; k++) {
      if (nameTopic(wordsOf(first, k)) !== undefined && ALL_OF.test(wordsOf(first, 0, k))) {
        parts[0] = wordsOf(first, k);
        all = true;
        break;
      }
    }
  }
  let shared = '';
  if (nameTopic(parts.at(-1)!) === undefined) {
    for (let k = last.length - 1; k >= 1; k--) {
      if (nameTopic(wordsOf(last, 0, k)) !== undefined) {
        parts[parts.length - 1] = wordsOf(last, 0, k);
        shared = wordsOf(last, k);
        break;
      }
    }
  }
  return { parts, all, shared };
}

/**
 * Reads a subject that names two or more things joined by "and"/"or" when at least one of them
 * is a topic: people asking for "health and education" mean cases about either (the usual
 * reading; "both X and Y" asks for cases about both). A subject of one topic, or whose parts
 * name no topic ("research and development"), is left as it is.
 */
export function readJoinedTopics(subject: string, body: string): JoinedTopics | undefined {
  const split = subject
    .split(JOINER)
    // "health or on education": a part may repeat the preposition of the first.
    // "AI+&data": a list sign left at a part's edge joins nothing.
    .map((part) => part.replace(EDGE_SIGNS, '').replace(LEADING_PREPOSITION, ''))
    .filter((part) => part !== '');
  if (split.length < 2 || split.length > 4) return undefined;
  const read = edges(split);
  const { parts, shared } = read;
  const labels = parts.map((part) => nameTopic(part));
  if (labels.every((label) => label === undefined)) return undefined;
  return { parts, all: read.all || BOTH.test(body) || booleanAnd(body), labels, shared };
}

/** "health AND education": written as a query language's AND, cases about all. */
function booleanAnd(body: string): boolean {
  return /\bAND\b/u.test(body) && body !== body.toUpperCase();
}

/**
 * The topic filter of parts that all name a topic: any of them, or all with "both"; one topic
 * named twice ("transport or mobility") is that topic.
 */
export function topicSetOf(joined: JoinedTopics): TopicSet | string | undefined {
  if (joined.labels.some((label) => label === undefined)) return undefined;
  const labels = [...new Set(joined.labels as string[])];
  if (labels.length === 1) return labels[0];
  return joined.all ? { labels, all: true } : { labels };
}
