import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Case, KnowledgeBase } from '../../src/knowledge/case.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { buildSearchIndexData } from '../../src/search/build-search-index.js';
import { createSearchIndex } from '../../src/search/search-index.js';

/**
 * A relevance evaluation that resembles real data: OPSI-style cases (288 one-sentence summaries
 * of the country set, most without a title, and 70 written cases with titles and longer
 * summaries), loaded by the real loader; known-item queries (a case as people remember it: part
 * of its name, a paraphrase, a typo) and topical queries with graded judgements. The queries and
 * judgements were written before the search was tuned on them.
 */
const FIXTURES = new URL('../fixtures/relevance/', import.meta.url);
const COLLECTION_FILES = [
  new URL('cases-written.jsonl', FIXTURES),
  new URL('../countries/country-eval.jsonl', FIXTURES),
];

/** Ranks counted: a chat reply shows a page, and people rarely look past the tenth case. */
export const CUTOFF = 10;

export interface KnownItemQuery {
  query: string;
  /** The start of the summary of the one case meant. */
  summaryStart: string;
}

export interface TopicalQuery {
  query: string;
  /** Start of a summary → grade (2 about the topic, 1 partly); unlisted cases are grade 0. */
  grades: Map<string, number>;
}

export interface RelevanceReport {
  knownItem: { queries: number; mrr: number; misses: { query: string; rank: number | undefined }[] };
  topical: { queries: number; ndcg: number; each: { query: string; ndcg: number }[] };
}

async function readLines(name: string): Promise<string[]> {
  const text = await readFile(new URL(name, FIXTURES), 'utf8');
  return text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

export async function readKnownItemQueries(): Promise<KnownItemQuery[]> {
  return (await readLines('known-item.tsv')).map((line) => {
    const [query = '', summaryStart = ''] = line.split('\t');
    return { query, summaryStart };
  });
}

export async function readTopicalQueries(): Promise<TopicalQuery[]> {
  const queries: TopicalQuery[] = [];
  for (const line of await readLines('topical.txt')) {
    if (line.startsWith('? ')) {
      queries.push({ query: line.slice(2).trim(), grades: new Map() });
      continue;
    }
    const [grade = '', summaryStart = ''] = line.split('\t');
    queries.at(-1)?.grades.set(summaryStart, Number(grade));
  }
  return queries;
}

/**
 * The evaluation collection as casebot loads it, from a temporary knowledge folder: as a team's
 * folder with no synonyms.json, so the built-in synonym table applies.
 */
export async function loadEvaluationCases(): Promise<KnowledgeBase> {
  const dir = await mkdtemp(join(tmpdir(), 'casebot-relevance-'));
  try {
    for (const file of COLLECTION_FILES) {
      await copyFile(file, join(dir, file.pathname.split('/').at(-1) ?? 'cases.jsonl'));
    }
    const knowledge = await loadKnowledge(dir);
    const errors = knowledge.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) throw new Error(`evaluation collection has errors: ${JSON.stringify(errors)}`);
    return knowledge;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Case ids, best first, as the bot's search ranks them. */
export type RankIds = (query: string) => string[];

export function createRanker(knowledge: Pick<KnowledgeBase, 'cases' | 'synonyms'>): RankIds {
  const index = createSearchIndex(buildSearchIndexData(knowledge.cases, knowledge.synonyms?.groups));
  return (query) => index.search(query).map((hit) => hit.id);
}

function idOfSummary(cases: readonly Case[], start: string): string {
  const found = cases.filter((c) => c.summary.startsWith(start));
  if (found.length !== 1) throw new Error(`"${start}" starts ${found.length} summaries, not one`);
  return found[0]!.id;
}

/** Discounted cumulative gain of graded results (gain 2^grade - 1), over the first CUTOFF. */
function dcg(grades: readonly number[]): number {
  return grades.slice(0, CUTOFF).reduce((sum, grade, i) => sum + (2 ** grade - 1) / Math.log2(i + 2), 0);
}

export function evaluateRelevance(
  cases: readonly Case[],
  knownItem: readonly KnownItemQuery[],
  topical: readonly TopicalQuery[],
  rank: RankIds,
): RelevanceReport {
  let reciprocal = 0;
  const misses: RelevanceReport['knownItem']['misses'] = [];
  for (const { query, summaryStart } of knownItem) {
    const position = rank(query).slice(0, CUTOFF).indexOf(idOfSummary(cases, summaryStart));
    if (position >= 0) reciprocal += 1 / (position + 1);
    if (position !== 0) misses.push({ query, rank: position >= 0 ? position + 1 : undefined });
  }
  const each: RelevanceReport['topical']['each'] = [];
  for (const { query, grades } of topical) {
    const gradeOf = new Map([...grades].map(([start, grade]) => [idOfSummary(cases, start), grade]));
    const got = rank(query).map((id) => gradeOf.get(id) ?? 0);
    const ideal = [...gradeOf.values()].sort((a, b) => b - a);
    each.push({ query, ndcg: dcg(got) / dcg(ideal) });
  }
  return {
    knownItem: { queries: knownItem.length, mrr: reciprocal / knownItem.length, misses },
    topical: {
      queries: topical.length,
      ndcg: each.reduce((sum, q) => sum + q.ndcg, 0) / each.length,
      each,
    },
  };
}

/** Loads everything and evaluates the search as the bot ranks it. */
export async function runRelevanceEvaluation(): Promise<RelevanceReport> {
  const knowledge = await loadEvaluationCases();
  return evaluateRelevance(
    knowledge.cases,
    await readKnownItemQueries(),
    await readTopicalQueries(),
    createRanker(knowledge),
  );
}
