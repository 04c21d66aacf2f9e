import { isCommonWord } from '../knowledge/countries/common-words.js';
import { nameKey } from '../knowledge/countries/tokenize.js';
import { TAXONOMY } from '../knowledge/taxonomy.js';
import { stem } from '../search/tokenize.js';
import { createCorrector } from './nearest-word.js';
import { TOPIC_NAMES_ABROAD } from './other-languages.js';

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
  ...TOPIC_NAMES_ABROAD,
};

function stemmedKey(text: string): string {
  return stemmedWords(nameKey(text).split(' '));
}

function stemmedWords(words: readonly string[]): string {
  return words
    .filter((w) => w !== '')
    .map(stem)
    .join(' ');
}

let names: Map<string, string> | undefined;
let vocabulary: readonly string[] | undefined;

/** Words shorter than this are not corrected: too many real words lie one edit apart. */
const SPELT_MIN_LENGTH = 5;

function topicNames(): Map<string, string> {
  if (names) return names;
  const map = new Map<string, string>();
  for (const topic of TAXONOMY) {
    map.set(stemmedKey(topic.label), topic.label);
    map.set(stemmedKey(topic.id.replaceAll('-', ' ')), topic.label);
    // "innovation labs" of "Innovation labs & procurement": each part of a label names it.
    for (const part of topic.label.split('&'))
      if (!map.has(stemmedKey(part))) map.set(stemmedKey(part), topic.label);
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

/** The words topics are named with, as typed (not stemmed): what a misspelt word may be. */
function topicVocabulary(): readonly string[] {
  vocabulary ??= [
    ...new Set(
      [...TAXONOMY.flatMap((t) => [t.label, t.id.replaceAll('-', ' ')]), ...Object.keys(SYNONYMS)]
        .flatMap((name) => nameKey(name).split(' '))
        .filter((word) => word.length >= SPELT_MIN_LENGTH && !GENERIC.has(word)),
    ),
  ];
  return vocabulary;
}

/** The topic word a misspelt word probably is ("helth" → "health"). */
const nearestTopicWord = createCorrector({
  words: topicVocabulary,
  minLength: SPELT_MIN_LENGTH,
  long: 9,
  ties: 'first',
  correctable: (word) => !isCommonWord(word),
});

/**
 * The taxonomy label that `text` as a whole names ("health", "Healthcare", "AI", "skills",
 * "climate", "Participation & democracy"), or undefined: a subject that only names a topic
 * becomes a topic filter; anything more specific ("mental health") stays a search. A word that
 * is no English word but one or two letters from a topic's word is read as that word ("helth
 * care", "educaton", "enviroment"), as long as the whole still names the topic alone.
 */
export function nameTopic(text: string): string | undefined {
  const words = nameKey(text).split(' ');
  const key = stemmedWords(words);
  if (key === '') return undefined;
  const exact = topicNames().get(key);
  if (exact !== undefined) return exact;
  const fixed = words.map((word) => nearestTopicWord(word) ?? word);
  return fixed.some((word, i) => word !== words[i])
    ? topicNames().get(stemmedKey(fixed.join(' ')))
    : undefined;
}
