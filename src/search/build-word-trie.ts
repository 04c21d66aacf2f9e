/**
 * The indexed words as a trie in typed arrays, for typo tolerance: a walk that follows the
 * typed word down it visits only the words that share its beginnings, and can be stopped
 * after any node. Node 0 is the root; characters are UTF-16 code units, as lunr compares them.
 */
export interface WordTrie {
  /** The character on the edge into each node. */
  chars: Uint16Array;
  /** A node's first child and its next sibling, -1 for none. Children are in character order. */
  firstChild: Int32Array;
  nextSibling: Int32Array;
  /** Index into `words` of the word that ends at each node, -1 for none. */
  wordAt: Int32Array;
  words: readonly string[];
  /** Length of the longest word: no typed word much longer can be a typo of one of them. */
  longest: number;
}

/** A trie of the words; duplicates and empty strings are ignored. */
export function buildWordTrie(input: Iterable<string>): WordTrie {
  // Sorted, a new word shares a path with the previous one and then only adds last children.
  const words = [...new Set(input)].filter((word) => word !== '').sort();
  const chars: number[] = [0];
  const firstChild: number[] = [-1];
  const nextSibling: number[] = [-1];
  const lastChild: number[] = [-1];
  const wordAt: number[] = [-1];
  const path: number[] = [0];
  let previous = '';
  let longest = 0;
  words.forEach((word, w) => {
    let shared = 0;
    while (shared < word.length && shared < previous.length && word[shared] === previous[shared]) shared++;
    path.length = shared + 1;
    for (let i = shared; i < word.length; i++) {
      const parent = path[i]!;
      const node = chars.length;
      chars.push(word.charCodeAt(i));
      firstChild.push(-1);
      nextSibling.push(-1);
      lastChild.push(-1);
      wordAt.push(-1);
      if (lastChild[parent] === -1) firstChild[parent] = node;
      else nextSibling[lastChild[parent]!] = node;
      lastChild[parent] = node;
      path.push(node);
    }
    wordAt[path[word.length]!] = w;
    previous = word;
    longest = Math.max(longest, word.length);
  });
  return {
    chars: Uint16Array.from(chars),
    firstChild: Int32Array.from(firstChild),
    nextSibling: Int32Array.from(nextSibling),
    wordAt: Int32Array.from(wordAt),
    words,
    longest,
  };
}
