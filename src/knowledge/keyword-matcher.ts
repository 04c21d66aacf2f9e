/** Keyword lists compiled for fast whole-word matching (see `createKeywordMatcher`). */
export interface KeywordMatcher {
  /** For each keyword list, the index of the first word of the text that matches it, or -1. */
  firstMatches(text: string): number[];
  /** The folding applied to text before matching: lower case, no accents, no apostrophes. */
  fold(text: string): string;
}

/** A keyword of several words: the words after the first; the last is a stem for a `*` keyword. */
interface Phrase {
  list: number;
  rest: readonly string[];
  stem: boolean;
}

/** Stems in a trie: walking a word's letters finds every stem it starts with, without substrings. */
interface StemNode {
  next: Map<string, StemNode>;
  lists: number[];
}

/** Distinct words remembered; English prose rarely needs more, and the memory stays a few MB. */
const MEMO_LIMIT = 50_000;

function fold(text: string): string {
  // Most summaries are plain ASCII: skip the Unicode decomposition for them.
  const plain = /^[\x20-\x7e\s]*$/u.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '');
  return plain.replace(/['’‘`]/gu, '').toLowerCase();
}

function words(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
}

function addTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/**
 * Compiles lists of lower-case keywords (`*` ends a stem; words separated by spaces or hyphens)
 * into word lookups (a map for whole words, a trie for stems), because one big regex per list
 * cost several times more per summary than splitting the summary into words. A keyword of several words also matches
 * written as one word ("start-up" → "startup").
 */
export function createKeywordMatcher(lists: readonly (readonly string[])[]): KeywordMatcher {
  const exact = new Map<string, number[]>();
  const stems: StemNode = { next: new Map(), lists: [] };
  const phrases = new Map<string, Phrase[]>();
  lists.forEach((keywords, list) => {
    for (const keyword of keywords) {
      const stem = keyword.endsWith('*');
      const parts = (stem ? keyword.slice(0, -1) : keyword).split(/[\s-]+/u).filter((p) => p !== '');
      const joined = parts.join('');
      if (joined === '') continue;
      if (stem) {
        let node = stems;
        for (const char of joined) {
          let child = node.next.get(char);
          if (child === undefined) {
            child = { next: new Map(), lists: [] };
            node.next.set(char, child);
          }
          node = child;
        }
        if (!node.lists.includes(list)) node.lists.push(list);
      } else {
        addTo(exact, joined, list);
      }
      if (parts.length > 1) addTo(phrases, parts[0]!, { list, rest: parts.slice(1), stem });
    }
  });

  // Texts share most of their words, so each word's lists are worked out once (up to a bound).
  const memo = new Map<string, readonly number[]>();
  const wordLists = (token: string): readonly number[] => {
    const known = memo.get(token);
    if (known !== undefined) return known;
    const found = [...(exact.get(token) ?? [])];
    let node: StemNode | undefined = stems;
    for (let i = 0; i < token.length && node !== undefined; i++) {
      node = node.next.get(token[i]!);
      for (const list of node?.lists ?? []) if (!found.includes(list)) found.push(list);
    }
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(token, found);
    return found;
  };

  const phraseAt = (tokens: readonly string[], at: number, phrase: Phrase): boolean =>
    phrase.rest.every((part, k) => {
      const token = tokens[at + 1 + k];
      if (token === undefined) return false;
      return phrase.stem && k === phrase.rest.length - 1 ? token.startsWith(part) : token === part;
    });

  return {
    fold,
    firstMatches(text) {
      const first = lists.map(() => -1);
      const tokens = words(fold(text));
      for (let at = 0; at < tokens.length; at++) {
        const token = tokens[at]!;
        for (const list of wordLists(token)) if (first[list] === -1) first[list] = at;
        const starting = phrases.get(token);
        if (starting === undefined) continue;
        for (const phrase of starting) {
          if (first[phrase.list] === -1 && phraseAt(tokens, at, phrase)) first[phrase.list] = at;
        }
      }
      return first;
    },
  };
}
