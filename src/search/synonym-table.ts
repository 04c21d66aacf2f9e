import { splitUnits, stem, type TextUnit } from './tokenize.js';

/** Units `start` to `end - 1` of a text are a member of the synonym group `term` stands for. */
export interface SynonymSpan {
  start: number;
  end: number;
  term: string;
}

export interface SynonymTable {
  /** Every member found in the units, longest first at each place, never overlapping. */
  find(units: readonly TextUnit[]): SynonymSpan[];
}

/** A unit as synonyms compare it: stemmed, hyphens dropped. */
function unitKey(unit: TextUnit): string {
  return stem(unit.joined);
}

/**
 * Synonym groups compiled for search. Each group gets one index term, its first member's stems
 * run together ("AI" → "ai", "disabled people" → "disabledpeopl"): every case that contains any
 * member is indexed under it as well, and a query that contains any member also searches it,
 * so any member finds all the others, phrases included, as whole words in order.
 */
export function buildSynonymTable(groups: readonly (readonly string[])[]): SynonymTable {
  const byFirst = new Map<string, { keys: string[]; term: string }[]>();
  for (const group of groups) {
    const [first] = group;
    if (first === undefined) continue;
    const term = splitUnits(first).map(unitKey).join('');
    for (const member of group) {
      const keys = splitUnits(member).map(unitKey);
      const head = keys[0];
      if (head === undefined) continue;
      const list = byFirst.get(head) ?? [];
      list.push({ keys, term });
      byFirst.set(head, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return {
    find(units) {
      if (byFirst.size === 0) return [];
      const keys = units.map(unitKey);
      const spans: SynonymSpan[] = [];
      for (let i = 0; i < keys.length; ) {
        const found = byFirst
          .get(keys[i]!)
          ?.find((member) => member.keys.every((key, k) => keys[i + k] === key));
        if (found) {
          spans.push({ start: i, end: i + found.keys.length, term: found.term });
          i += found.keys.length;
        } else {
          i++;
        }
      }
      return spans;
    },
  };
}

/** The synonym terms a text is indexed under, besides its own words. */
export function synonymTerms(table: SynonymTable, units: readonly TextUnit[]): string[] {
  return table
    .find(units)
    .filter(({ start, end, term }) => !(end - start === 1 && unitKey(units[start]!) === term))
    .map(({ term }) => term);
}
