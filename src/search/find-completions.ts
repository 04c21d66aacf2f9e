import type { WordTrie } from './build-word-trie.js';
import type { WorkMeter } from './search-work.js';

/** The node reached by following `prefix` from the root, or -1 when no indexed word starts so. */
function descend(trie: WordTrie, prefix: string, meter: WorkMeter): number {
  let node = 0;
  for (let i = 0; i < prefix.length && node !== -1; i++) {
    const c = prefix.charCodeAt(i);
    let child = trie.firstChild[node]!;
    while (child !== -1 && trie.chars[child]! < c) {
      if (!meter.visit()) return -1;
      child = trie.nextSibling[child]!;
    }
    node = child !== -1 && trie.chars[child] === c ? child : -1;
  }
  return node;
}

/**
 * Indexed words that begin with `prefix` and are longer than it (a word cut short: "heal" →
 * "health"), shortest first, at most `limit`. Every node looked at is counted on `meter`.
 */
export function findCompletions(trie: WordTrie, prefix: string, meter: WorkMeter, limit: number): number[] {
  const start = descend(trie, prefix, meter);
  if (start === -1) return [];
  const found: number[] = [];
  // Breadth first, so that the shortest completions come first.
  let level = [start];
  while (level.length > 0) {
    const next: number[] = [];
    for (const node of level) {
      for (let child = trie.firstChild[node]!; child !== -1; child = trie.nextSibling[child]!) {
        if (!meter.visit()) return found;
        const word = trie.wordAt[child]!;
        if (word !== -1) {
          found.push(word);
          meter.found();
          if (found.length >= limit) return found;
        }
        next.push(child);
      }
    }
    level = next;
  }
  return found;
}
