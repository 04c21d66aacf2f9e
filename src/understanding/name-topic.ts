import { nameKey } from '../knowledge/countries/tokenize.js';
import { TAXONOMY } from '../knowledge/taxonomy.js';
import { stem } from '../search/tokenize.js';

/** Label words that name no topic alone: every case is public-sector innovation. */
const GENERIC = new Set(['public', 'government', 'sector', 'and', 'innovation', 'labs', 'lab']);

/**
 * Everyday names of a topic that are not words of its label. Only names as broad as the topic:
 * "blockchain" is one kind of emerging tech, and a search for it should stay a search.
 */
const SYNONYMS: Readonly<Record<string, string>> = {
  healthcare: 'health',
  'health care': 'health',
  'artificial intelligence': 'ai',
  jobs: 'employment',
  schools: 'education',
  transport: 'mobility',
  transportation: 'mobility',
  'e government': 'digital',
  environmental: 'environment',
  cultural: 'culture',
  economic: 'economy',
};

function stemmedKey(text: string): string {
  return nameKey(text)
    .split(' ')
    .filter((w) => w !== '')
    .map(stem)
    .join(' ');
}

let names: Map<string, string> | undefined;

function topicNames(): Map<string, string> {
  if (names) return names;
  const map = new Map<string, string>();
  for (const topic of TAXONOMY) {
    map.set(stemmedKey(topic.label), topic.label);
    map.set(stemmedKey(topic.id.replaceAll('-', ' ')), topic.label);
    for (const word of nameKey(topic.label).split(' ')) {
      const key = stemmedKey(word);
      if (word !== '' && !GENERIC.has(word) && !map.has(key)) map.set(key, topic.label);
    }
  }
  for (const [synonym, word] of Object.entries(SYNONYMS)) {
    const label = map.get(stemmedKey(word));
    if (label) map.set(stemmedKey(synonym), label);
  }
  names = map;
  return map;
}

/**
 * The taxonomy label that `text` as a whole names ("health", "Healthcare", "AI", "skills",
 * "climate", "Participation & democracy"), or undefined: a subject that only names a topic
 * becomes a topic filter; anything more specific ("mental health") stays a search.
 */
export function nameTopic(text: string): string | undefined {
  const key = stemmedKey(text);
  return key === '' ? undefined : topicNames().get(key);
}
