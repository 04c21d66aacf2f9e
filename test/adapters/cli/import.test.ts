import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../fixtures/knowledge-dirs.js';

const run = promisify(execFile);
const IMPORT_FIXTURES = join(FIXTURES, '../import');
let workDir: string;

/** Runs the real CLI entry in a child process, as `npm run casebot -- …` does. */
async function casebot(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'adapters/cli/main.ts', ...args],
      {
        env: { ...process.env, LOG_LEVEL: 'warn', CACHE_DIR: join(workDir, 'cache'), ...env },
        maxBuffer: 10_000_000,
      },
    );
    return { stdout, stderr, code: 0 };
  } catch (err) {
    const failed = err as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'casebot-import-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

// Each test spawns the CLI several times, and each start builds the country tables: generous on a
// shared 2-core machine. A bound against hanging, not a speed target.
describe('casebot import', { timeout: 120_000 }, () => {
  it('previews the mapping and report, writes JSONL that check passes and the bot answers from', async () => {
    const into = join(workDir, 'knowledge');
    await mkdir(into);
    const source = join(IMPORT_FIXTURES, 'agency-export.csv');
    const imported = await casebot(['import', source, '--into', into]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/Description\s+→ summary/);
    expect(imported.stdout).toContain('Not imported: "Internal ID"');
    expect(imported.stdout).toMatch(
      /Skipped \(errors\) \(1\):\n {2}agency-export\.csv, line 13, field Description/,
    );
    expect(imported.stdout).toMatch(/Repaired \(4\):/);
    expect(imported.stdout).toMatch(/Dropped values \(4\):/);
    expect(imported.stdout).toMatch(
      /2 records merged into case [0-9a-z]{8}: same title, countries, year and summary/,
    );
    expect(imported.stdout).toContain(
      `Wrote 5 cases to ${join(into, 'agency-export.jsonl')}. The folder now holds 5 cases.`,
    );
    const lines = (await readFile(join(into, 'agency-export.jsonl'), 'utf8')).trim().split('\n');
    expect(lines.map((line) => JSON.parse(line).title)).toEqual([
      'Digital Helpers Ghent',
      'Digital Helpers Leuven',
      'Baltic Data Bridge',
      'Night Buses',
      'Care Robots',
    ]);

    const check = await casebot(['check', '--strict', '--knowledge', into]);
    expect(check.stdout).toContain(
      '5 cases loaded, 0 errors, 0 warnings, 0 merges, 1 shared summary kept apart.',
    );
    expect(check.code).toBe(0);

    const answer = await casebot(['ask', '--json', '--knowledge', into, 'night bus routes']);
    expect(answer.code).toBe(0);
    const reply = JSON.parse(answer.stdout);
    expect(reply.cases[0]).toMatchObject({ title: 'Night Buses', countries: ['KR'], year: 2018 });
  });

  it('writes nothing on --dry-run, refuses to overwrite without --force, and replaces with it', async () => {
    const into = join(workDir, 'again');
    await mkdir(into);
    const source = join(IMPORT_FIXTURES, 'export.json');
    const dry = await casebot(['import', source, '--into', into, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(
      `Dry run: 2 cases would be written to ${join(into, 'export.jsonl')}; nothing written.`,
    );
    expect(await readdir(into)).toEqual([]);

    await writeFile(join(into, 'export.jsonl'), '{"summary":"Kept until --force."}\n');
    const refused = await casebot(['import', source, '--into', into]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      `${join(into, 'export.jsonl')} already exists; use --force to replace it`,
    );
    expect(await readFile(join(into, 'export.jsonl'), 'utf8')).toBe('{"summary":"Kept until --force."}\n');

    const forced = await casebot(['import', source, '--into', into, '--force']);
    expect(forced.code).toBe(0);
    expect((await readFile(join(into, 'export.jsonl'), 'utf8')).trim().split('\n')).toHaveLength(2);
  });

  it('defaults to KNOWLEDGE_DIR and honours --map', async () => {
    const into = join(workDir, 'from-env');
    await mkdir(into);
    const source = join(workDir, 'odd.csv');
    await writeFile(
      source,
      'ref,headline,body\n1,Street Lab,"Residents test new street furniture for a month before the city buys it."\n',
    );
    const result = await casebot(['import', source, '--map', 'title=headline,summary=body'], {
      KNOWLEDGE_DIR: into,
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(await readFile(join(into, 'odd.jsonl'), 'utf8'))).toEqual({
      title: 'Street Lab',
      summary: 'Residents test new street furniture for a month before the city buys it.',
    });
  });

  it('exits 1 naming the file when it cannot be read or has no summary, 2 on a bad --map', async () => {
    const missing = await casebot(['import', join(workDir, 'nope.csv'), '--into', workDir]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`cannot read "${join(workDir, 'nope.csv')}" (ENOENT)`);
    const noSummary = join(workDir, 'ids.csv');
    await writeFile(noSummary, 'id,owner\n1,x\n');
    const refused = await casebot(['import', noSummary, '--into', workDir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/no column of "ids\.csv" looks like a summary .*--map summary=COLUMN/);
    const badMap = await casebot(['import', noSummary, '--map', 'summary=body', '--into', workDir]);
    expect(badMap.code).toBe(2);
    expect(badMap.stderr).toContain('--map: no column "body" for summary');
  });

  it('documents its exit codes in --help', async () => {
    const help = await casebot(['import', '--help']);
    expect(help.stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /);
  });
});
