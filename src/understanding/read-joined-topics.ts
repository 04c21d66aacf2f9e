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
}

// "and", "or", "and/or", "as well as", a comma or a slash join subjects; "&" stays inside a
// topic's own name ("Participation & democracy").
const JOINER = /\s*(?:,\s*(?:and|or)?|\band\s*\/\s*or\b|\b(?:and|or|as well as|plus)\b|\/|\+)\s*/iu;
const BOTH = /\bboth\b/iu;

/**
 * Reads a subject that names two or more things joined by "and"/"or" when at least one of them
 * is a topic: people asking for "health and education" mean cases about either (the usual
 * reading; "both X and Y" asks for cases about both). A subject of one topic, or whose parts
 * name no topic ("research and development"), is left as it is.
 */
export function readJoinedTopics(subject: string, body: string): JoinedTopics | undefined {
  const parts = subject
    .split(JOINER)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length < 2 || parts.length > 4) return undefined;
  const labels = parts.map((part) => nameTopic(part));
  const named = new Set(labels.filter((label) => label !== undefined));
  if (named.size === 0) return undefined;
  // "AI and artificial intelligence": one topic named twice is that topic.
  if (labels.every((label) => label !== undefined) && named.size < 2) return undefined;
  return { parts, all: BOTH.test(body), labels };
}

/** The topic filter of parts that all name a topic: any of them, or all with "both". */
export function topicSetOf(joined: JoinedTopics): TopicSet | undefined {
  if (joined.labels.some((label) => label === undefined)) return undefined;
  const labels = [...new Set(joined.labels as string[])];
  return joined.all ? { labels, all: true } : { labels };
}
