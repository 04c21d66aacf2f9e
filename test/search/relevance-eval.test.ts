import { beforeAll, describe, expect, it } from 'vitest';
import { type RelevanceReport, runRelevanceEvaluation } from './relevance-eval.js';

// Targets set by issue 11 for the filer's held-back real collection (about 850 cases), which we
// do not have; here they are bars on our own set that resembles it (test/search/relevance-eval.ts).
// Before the work of issue 11 this set measured MRR@10 0.963 and nDCG@10 0.720.
const KNOWN_ITEM_MRR_AT_10 = 0.98;
const TOPICAL_NDCG_AT_10 = 0.78;

let report: RelevanceReport;
beforeAll(async () => {
  report = await runRelevanceEvaluation();
}, 60_000);

describe('relevance on OPSI-style cases', () => {
  it(`finds a remembered case first: known-item MRR@10 ≥ ${KNOWN_ITEM_MRR_AT_10}`, () => {
    expect(report.knownItem.queries).toBeGreaterThanOrEqual(100);
    expect(report.knownItem.mrr, JSON.stringify(report.knownItem.misses)).toBeGreaterThanOrEqual(
      KNOWN_ITEM_MRR_AT_10,
    );
  });

  it(`ranks cases on a topic: topical nDCG@10 ≥ ${TOPICAL_NDCG_AT_10}`, () => {
    expect(report.topical.queries).toBeGreaterThanOrEqual(25);
    expect(report.topical.ndcg, JSON.stringify(report.topical.each)).toBeGreaterThanOrEqual(
      TOPICAL_NDCG_AT_10,
    );
  });
});
