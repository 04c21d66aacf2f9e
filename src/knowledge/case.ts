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

/**
 * How bad a knowledge problem is. `error`: a record, curated entry or file was skipped (a missing
 * summary, unreadable JSON). `warning`: the record loaded, but a field value was repaired or dropped.
 */
export type ProblemSeverity = 'error' | 'warning';

/** A problem found in the knowledge: reported with where it is; the rest still loads. */
export interface KnowledgeProblem {
  file: string;
  /** 1-based line (pages, JSONL), row (CSV, counting the header as row 1) or array index + 1 (JSON). */
  line?: number;
  field?: string;
  message: string;
  severity: ProblemSeverity;
  /** For a warning about a field: its value was repaired (kept in a corrected form) or dropped. */
  fix?: 'repaired' | 'dropped';
}

/**
 * Records that became one case. Only true duplicates merge: the same summary (or a cut-off copy of
 * it) and no title, countries or year that disagree.
 */
export interface CaseMerge {
  type: 'merged';
  /** The case they became. */
  id: string;
  sources: CaseSource[];
  /** What they had in common, for people: "same title and summary". */
  reason: string;
}

/** One summary shared by records that disagree on title, countries or year: kept as distinct cases. */
export interface CaseSplit {
  type: 'kept-apart';
  ids: string[];
  sources: CaseSource[];
  /** What differs, for people: "different titles". */
  reason: string;
}

/** What deduplication did, for `casebot check` and the start-up log. */
export type KnowledgeMerge = CaseMerge | CaseSplit;

export interface KnowledgeBase {
  cases: Case[];
  problems: KnowledgeProblem[];
  /** Every merge of records into one case and every summary kept apart as several cases. */
  merges?: KnowledgeMerge[];
  /** Hash of every knowledge file's content: the search index cache key. */
  hash: string;
  /** The synonym groups search uses; absent means none. */
  synonyms?: KnowledgeSynonyms;
}

/** The synonym groups in effect: the folder's own files, or the built-in table when it has none. */
export interface KnowledgeSynonyms {
  groups: string[][];
  /** The files they came from; the built-in table's name when the folder has none. */
  files: string[];
}
