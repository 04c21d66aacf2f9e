import type { KnowledgeProblem } from './case.js';
import type { CaseInput } from './case-input.js';
import { parseCsvRecords } from './parse-csv-records.js';
import { parseJsonlRecords, parseJsonRecords, type RawRecords } from './parse-json-records.js';
import { parseListingPage, type SkippedLine } from './parse-listing-page.js';
import { isTruncated } from './summary-key.js';
import { validateRecords } from './validate-records.js';

/** The cases one knowledge file yields, and what was wrong with it. */
export interface ParsedKnowledgeFile {
  inputs: CaseInput[];
  problems: KnowledgeProblem[];
  /** Page lines that were not summaries (header, chrome), for a debug log. */
  skippedLines: SkippedLine[];
  /** Record keys that are no field, for a debug log. */
  ignoredKeys: string[];
}

/** Parses the text of a page, JSON, JSONL or CSV knowledge file (curation is read separately). */
export function parseKnowledgeFile(
  kind: 'page' | 'json' | 'jsonl' | 'csv',
  text: string,
  file: string,
): ParsedKnowledgeFile {
  if (kind === 'page') {
    const { summaries, skipped } = parseListingPage(text);
    const problems: KnowledgeProblem[] = skipped
      .filter((s) => s.reason === 'control-characters')
      .map((s) => ({
        file,
        line: s.line,
        severity: 'error' as const,
        message: 'line contains control characters; not read as a summary',
      }));
    if (summaries.length === 0)
      problems.push({ file, severity: 'error', message: 'no case summaries found on this page' });
    return {
      inputs: summaries.map((s) => ({
        summary: s.text,
        truncated: s.truncated,
        source: { file, line: s.line },
      })),
      problems,
      skippedLines: skipped,
      ignoredKeys: [],
    };
  }
  let raw: RawRecords;
  switch (kind) {
    case 'json':
      raw = parseJsonRecords(text, file);
      break;
    case 'jsonl':
      raw = parseJsonlRecords(text, file);
      break;
    case 'csv':
      raw = parseCsvRecords(text, file);
      break;
    default: {
      const unexpected: never = kind;
      throw new Error(`unknown knowledge file kind ${String(unexpected)}`);
    }
  }
  const valid = validateRecords(raw.records, file);
  return {
    inputs: valid.records.map(({ line, record: { summary, ...fields } }) => ({
      summary,
      truncated: isTruncated(summary),
      source: { file, line },
      fields,
    })),
    problems: [...raw.problems, ...valid.problems],
    skippedLines: [],
    ignoredKeys: valid.ignoredKeys,
  };
}
