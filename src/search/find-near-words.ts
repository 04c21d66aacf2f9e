import type { WordTrie } from './build-word-trie.js';
import type { WorkMeter } from './search-work.js';

/** An indexed word close to what was typed: its index in `trie.words` and the edits between them. */
export interface NearWord {
  word: number;
  distance: number;
}

/** Far beyond any use (two edits already reach most short words); keeps the state tables tiny. */
const MAX_DISTANCE = 3;

/**
 * Indexed words within `distance` edits of `typed`, with the edits lunr's fuzzy match
 * allows: insert a letter, delete one, replace one, swap two neighbours (and edit around the
 * swap: "sinpgura" is two edits from "singapura"). At most `limit` words, in the order the
 * walk meets them.
 *
 * lunr's `TokenSet.fromFuzzyString` builds every edit of the typed word before it looks at
 * a single indexed word, so its cost grows with the word's length whether or not anything is
 * near it (a 150-letter word took seconds and a gigabyte, 250 letters ran out of memory).
 * This runs the same automaton lazily down the trie of indexed words: each node carries
 * the automaton's live states (what is left of the typed word, and the edits spent), a branch
 * ends when none is left, and every node visited is counted on `meter`, which can end the
 * walk at any node. `distance` is at most 3.
 */
export function findNearWords(
  trie: WordTrie,
  typed: string,
  distance: number,
  meter: WorkMeter,
  limit: number,
): NearWord[] {
  if (!(distance >= 0 && distance <= MAX_DISTANCE))
    throw new RangeError(`edit distance ${distance} is not 0…3`);
  const { chars, firstChild, nextSibling, wordAt } = trie;
  const n = typed.length;
  const code = (i: number) => (i < n ? typed.charCodeAt(i) : -1);
  // A state: what is left to spell is typed[k…], or, after a swap, typed[held] then typed[k…]
  // (the letter the swap put off), and the edits spent. Each edit moves the number of typed
  // letters used at most one away from the depth in the trie, and each swap puts a letter
  // off one place more, so a level holds at most (2·distance + 1)·(distance + 1) states,
  // however long the word.
  const gaps = distance + 1;
  const perLevel = (2 * distance + 1) * gaps;
  const levelCount = Math.min(n + distance, trie.longest) + 2;
  const ks = new Int32Array(levelCount * perLevel);
  const helds = new Int32Array(levelCount * perLevel);
  const spents = new Uint8Array(levelCount * perLevel);
  const seen = new Int32Array(perLevel).fill(-1);
  const at = new Int32Array(perLevel);
  let generation = 0;
  let depth = 0;
  let count = 0;
  const pending: number[] = [];

  const add = (k: number, held: number, spent: number) => {
    const used = held >= 0 ? k - 1 : k;
    const slot = (used - depth + distance) * gaps + (held >= 0 ? k - held - 1 : 0);
    let position: number;
    if (seen[slot] === generation) {
      position = at[slot]!;
      if (spent >= spents[position]!) return;
    } else {
      seen[slot] = generation;
      position = depth * perLevel + count++;
      at[slot] = position;
      ks[position] = k;
      helds[position] = held;
    }
    spents[position] = spent;
    pending.push(position);
  };
  /** Adds what deleting letters reaches; the number of states at this depth. */
  const close = (): number => {
    while (pending.length > 0) {
      const position = pending.pop()!;
      const spent = spents[position]!;
      if (spent >= distance) continue;
      const k = ks[position]!;
      if (helds[position]! >= 0) add(k, -1, spent + 1);
      else if (k < n) add(k + 1, -1, spent + 1);
    }
    generation++;
    return count;
  };
  /** Fills level `to` with the states after spelling `c` from the `from` states of the level above. */
  const step = (to: number, from: number, c: number): number => {
    depth = to;
    count = 0;
    for (let i = (to - 1) * perLevel, end = i + from; i < end; i++) {
      const k = ks[i]!;
      const held = helds[i]!;
      const spent = spents[i]!;
      const next = held >= 0 ? code(held) : code(k);
      if (next === c) held >= 0 ? add(k, -1, spent) : add(k + 1, -1, spent);
      if (spent >= distance) continue;
      add(k, held, spent + 1); // c inserted
      if (next !== -1) held >= 0 ? add(k, -1, spent + 1) : add(k + 1, -1, spent + 1); // replaced
      // Swapped: c is the letter after the next one, which is put off.
      if (held >= 0 && code(k) === c) add(k + 1, held, spent + 1);
      else if (held < 0 && code(k + 1) === c) add(k + 2, k, spent + 1);
    }
    return close();
  };

  const found: NearWord[] = [];
  let stopped = false;
  const walk = (node: number, level: number, live: number): void => {
    for (let child = firstChild[node]!; child !== -1 && !stopped; child = nextSibling[child]!) {
      if (!meter.visit()) {
        stopped = true;
        return;
      }
      const next = step(level + 1, live, chars[child]!);
      if (next === 0) continue;
      if (wordAt[child] !== -1) {
        const first = (level + 1) * perLevel;
        for (let i = first; i < first + next; i++) {
          if (ks[i] !== n || helds[i] !== -1) continue;
          found.push({ word: wordAt[child]!, distance: spents[i]! });
          meter.found();
          if (found.length >= limit) stopped = true;
          break;
        }
      }
      walk(child, level + 1, next);
    }
  };

  add(0, -1, 0);
  walk(0, 0, close());
  return found;
}
