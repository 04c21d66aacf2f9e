import type { WorkMeter } from './search-work.js';
import type { SynonymTable } from './synonym-table.js';
import { type QueryToken, queryToken, splitUnits } from './tokenize.js';
import type { WordFamily } from './word-families.js';

/** An exact word counts for more than a guess at what a misspelt word meant. */
export const EXACT_BOOST = 10;
export const EXPANSION_BOOST = 1;
/** A part of a compound ("signature" of "e-signature") says less than the compound itself. */
export const PART_BOOST = EXACT_BOOST / 2;
/** A word of the same family ("face" for "facial") is near the word, not the word. */
export const RELATIVE_BOOST = EXACT_BOOST / 2;

/** One term a query searches: its summed boost and the query words it stands for. */
export interface PlannedTerm {
  boost: number;
  /** Numbers of the query words (tokens) a case containing this term has answered. */
  covers: number[];
}

/** What a query searches: its words, the terms that answer each, and how much each word weighs. */
export interface QueryPlan {
  tokens: QueryToken[];
  terms: Map<number, PlannedTerm>;
  /**
   * Each word's weight in coverage: its rarity (idf). A case that answers the rare word of a
   * query ("flood") has answered more of it than one that answers a common word ("warning").
   */
  weights: Float64Array;
}

/** What planning a query needs from the index. */
export interface PlanContext {
  termIds: ReadonlyMap<string, number>;
  /** How many cases contain term t. */
  documentFrequency: (term: number) => number;
  documentCount: number;
  /** Stems of indexed words near a misspelt word (typo tolerance), within the meter's budget. */
  expand: (typed: string, meter: WorkMeter) => string[];
  synonyms: SynonymTable;
  /** The word's other spellings and derivational relatives in the index. */
  family: (typed: string, stemmed: string) => WordFamily;
}

/** lunr's inverse document frequency (BM25's, kept positive). */
export function inverseDocumentFrequency(documentFrequency: number, documentCount: number): number {
  return Math.log(1 + Math.abs((documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5)));
}

/**
 * The terms a query searches and what each answers: a word's own stem; a compound's joined stem
 * and its parts; the word's other spellings and family (`createWordFamilies`); guesses for a
 * word the index does not otherwise hold; the term of a synonym group for
 * each member in the query ("young people" → the group's term, answering both words).
 */
export function planQuery(text: string, context: PlanContext, meter: WorkMeter): QueryPlan {
  const { termIds } = context;
  const tokens: QueryToken[] = [];
  const tokenOf = new Map<string, number>();
  const units = splitUnits(text);
  for (const unit of units) {
    if (tokenOf.has(unit.written)) continue;
    const token = queryToken(unit);
    if (!token) continue;
    tokenOf.set(unit.written, tokens.length);
    tokens.push(token);
  }
  const terms = new Map<number, PlannedTerm>();
  const add = (term: number | undefined, boost: number, covers: readonly number[]) => {
    if (term === undefined) return;
    const entry = terms.get(term) ?? { boost: 0, covers: [] };
    // Like lunr's query vector, a term asked for twice counts twice.
    entry.boost += boost;
    for (const t of covers) if (!entry.covers.includes(t)) entry.covers.push(t);
    terms.set(term, entry);
  };
  tokens.forEach((token, t) => {
    const joined = token.typed.replace(/[-‐‑]/gu, '');
    const exact = termIds.get(token.stem);
    const parts = (token.parts ?? []).map((part) => termIds.get(part));
    const { spellings, relatives } = context.family(joined, token.stem);
    add(exact, EXACT_BOOST, [t]);
    for (const part of parts) add(part, PART_BOOST, [t]);
    for (const spelling of spellings) add(termIds.get(spelling), EXACT_BOOST, [t]);
    for (const relative of relatives) add(termIds.get(relative), RELATIVE_BOOST, [t]);
    const found = exact !== undefined || parts.some((part) => part !== undefined);
    if (!found && spellings.length === 0 && relatives.length === 0) {
      for (const stem of context.expand(joined, meter)) add(termIds.get(stem), EXPANSION_BOOST, [t]);
    }
  });
  for (const { start, end, term } of context.synonyms.find(units)) {
    const covers = units.slice(start, end).flatMap((unit) => tokenOf.get(unit.written) ?? []);
    const id = termIds.get(term);
    if (id === undefined || covers.length === 0) continue;
    // A word that is its group's own term ("jobs" of jobs/employment) is searched already.
    const known = terms.get(id);
    if (known) {
      for (const t of covers) if (!known.covers.includes(t)) known.covers.push(t);
    } else {
      add(id, EXACT_BOOST, covers);
    }
  }
  // A word's weight: the idf of the commonest term that answers it (the most cases it can
  // match); a word nothing answers weighs as much as the rarest, which lowers every case alike.
  const documentFrequency = new Float64Array(tokens.length);
  for (const [term, { covers }] of terms) {
    const frequency = context.documentFrequency(term);
    for (const t of covers) documentFrequency[t] = Math.max(documentFrequency[t]!, frequency);
  }
  const weights = documentFrequency.map((frequency) =>
    inverseDocumentFrequency(frequency, context.documentCount),
  );
  return { tokens, terms, weights };
}
