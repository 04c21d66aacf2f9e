import { listWords } from '../intents/describe-request.js';
import type { Filters, Intent } from '../intents/intent.js';
import type { JoinedTopics } from '../understanding/read-joined-topics.js';

type Filtered = Extract<Intent, { type: 'search' | 'random' | 'count' }>;

function isFiltered(intent: Intent): intent is Filtered {
  return intent.type === 'search' || intent.type === 'random' || intent.type === 'count';
}

function orWords(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}`;
}

/** The intent with other filters and words, its page back to the first. */
function withReading(intent: Filtered, filters: Filters, query: string): Intent {
  return intent.type === 'search' ? { ...intent, filters, query, page: 1 } : { ...intent, filters, query };
}

/** How a message was read, and its other reading as a button. */
interface Reading {
  note: string;
  alternative?: { label: string; intent: Intent };
}

/**
 * Says how subjects named together were read ("health and education": cases about either, those
 * about both first) and offers the other reading as a button: cases about both, or about either.
 */
export function readingOfJoined(joined: JoinedTopics, intent: Intent): Reading | undefined {
  if (!isFiltered(intent)) return undefined;
  const { parts, labels, all } = joined;
  const { topic: _topic, topics: _topics, ...others } = intent.filters;
  const words = [...parts.filter((_, i) => labels[i] === undefined), joined.shared].filter(Boolean).join(' ');
  if (all) {
    const named = [...new Set(labels.filter((label): label is string => label !== undefined))];
    return {
      note: `Read as cases about both ${listWords(parts)}; cases about either are a button below.`,
      alternative: {
        label: `About ${orWords(parts)}`,
        intent:
          words === ''
            ? withReading(intent, { ...others, topics: { labels: named } }, intent.query)
            : withReading(intent, others, [...parts, joined.shared].filter(Boolean).join(' ')),
      },
    };
  }
  const note = `Read as cases about ${orWords(parts)}, those about more of them first; cases about all of them are a button below.`;
  const label = `About both ${listWords(parts)}`;
  const { topics } = intent.filters;
  if (topics)
    return {
      note,
      alternative: {
        label,
        intent: withReading(intent, { ...others, topics: { ...topics, all: true } }, intent.query),
      },
    };
  const first = labels.find((l) => l !== undefined);
  if (first === undefined) return { note };
  return { note, alternative: { label, intent: withReading(intent, { ...others, topic: first }, words) } };
}
