import type { KnowledgeProblem } from './case.js';

/** A record as read from a file, before validation. */
export interface RawRecord {
  /** 1-based line (JSONL, CSV) or array index + 1 (JSON). */
  line: number;
  value: unknown;
}

export interface RawRecords {
  records: RawRecord[];
  problems: KnowledgeProblem[];
}

/** V8 quotes the whole input in some messages; a problem report needs the reason and position only. */
function describeJsonError(error: unknown, text: string): { message: string; line?: number } {
  const raw = error instanceof Error ? error.message : String(error);
  const reason = raw.replace(/, (?:\.\.\.)?".*" is not valid JSON$/su, '').slice(0, 200);
  const position = /at position (\d+)/u.exec(raw)?.[1];
  if (position === undefined) return { message: `invalid JSON: ${reason}` };
  const line = text.slice(0, Number(position)).split('\n').length;
  return { message: `invalid JSON: ${reason}`, line };
}

/** A `.json` knowledge file: one array of records. Anything else is one problem for the file. */
export function parseJsonRecords(text: string, file: string): RawRecords {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { records: [], problems: [{ file, severity: 'error', ...describeJsonError(error, text) }] };
  }
  if (!Array.isArray(parsed)) {
    const found = parsed === null ? 'null' : typeof parsed;
    return {
      records: [],
      problems: [
        {
          file,
          severity: 'error',
          message: `a .json knowledge file must hold an array of records, found ${found}`,
        },
      ],
    };
  }
  return { records: parsed.map((value, index) => ({ line: index + 1, value })), problems: [] };
}

/** A `.jsonl` knowledge file: one JSON record per line; blank lines are allowed. */
export function parseJsonlRecords(text: string, file: string): RawRecords {
  const records: RawRecord[] = [];
  const problems: KnowledgeProblem[] = [];
  text.split('\n').forEach((content, index) => {
    if (content.trim() === '') return;
    const line = index + 1;
    try {
      records.push({ line, value: JSON.parse(content) });
    } catch (error) {
      problems.push({ file, line, severity: 'error', message: describeJsonError(error, content).message });
    }
  });
  return { records, problems };
}
