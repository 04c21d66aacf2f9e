/** Where a case was read from: the file (relative to the knowledge folder) and its 1-based line or row. */
export interface CaseSource {
  file: string;
  line: number;
}

/**
 * One initiative after parsing, merging of duplicates and enrichment.
 * `countries` are ISO 3166-1 alpha-2 codes.
 */
export interface Case {
  /** Stable, short, typeable id derived from the summary text (same content → same id). */
  id: string;
  title: string;
  summary: string;
  /** The source cut the summary off (it ends with "…"). */
  truncated: boolean;
  countries: string[];
  year?: number;
  url?: string;
  tags: string[];
  level?: string;
  organisation?: string;
  sources: CaseSource[];
}

/** A problem found in the knowledge: reported, the record skipped, the rest still loads. */
export interface KnowledgeProblem {
  file: string;
  /** 1-based line (pages, JSONL), row (CSV, counting the header as row 1) or array index + 1 (JSON). */
  line?: number;
  field?: string;
  message: string;
}

export interface KnowledgeBase {
  cases: Case[];
  problems: KnowledgeProblem[];
  /** Hash of every knowledge file's content: the search index cache key. */
  hash: string;
}
