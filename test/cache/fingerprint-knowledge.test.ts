import { chmod, cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprintKnowledge } from '../../src/cache/fingerprint-knowledge.js';
import { createCasebot, KnowledgeDirError } from '../../src/index.js';
import { recordingLogger } from '../support/recording-logger.js';
import { runWithFilePermissions } from '../support/unprivileged-node.js';

const RECORD =
  '{"title":"Open Budget Portal","summary":"Estonia publishes its whole budget as open data for citizens."}\n';

describe('the knowledge fingerprint and the start around it', () => {
  let dir: string;
  let knowledgeDir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'casebot-fingerprint-'));
    knowledgeDir = join(dir, 'knowledge');
    await cp('knowledge', knowledgeDir, { recursive: true });
  });
  afterEach(async () => {
    await chmod(dir, 0o755);
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['missing', (d: string) => join(d, 'nowhere')],
    ['a file', (d: string) => join(d, 'knowledge', 'curated.json')],
  ])('a KNOWLEDGE_DIR that is %s stops the start with KNOWLEDGE_DIR_MISSING, naming it', async (_, path) => {
    const knowledge = path(dir);
    const err = await createCasebot({ knowledgeDir: knowledge, cacheDir: join(dir, 'cache') }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(KnowledgeDirError);
    expect((err as KnowledgeDirError).code).toBe('KNOWLEDGE_DIR_MISSING');
    expect((err as Error).message).toContain(knowledge);
    expect((err as Error).message).toContain('KNOWLEDGE_DIR');
  });

  it('changes with a file’s bytes, through a link, and in a subfolder; not otherwise', async () => {
    const first = await fingerprintKnowledge(knowledgeDir);
    expect(await fingerprintKnowledge(knowledgeDir)).toBe(first);
    const outside = join(dir, 'outside.jsonl');
    await writeFile(outside, RECORD);
    await symlink(outside, join(knowledgeDir, 'linked.jsonl'));
    const linked = await fingerprintKnowledge(knowledgeDir);
    expect(linked).not.toBe(first);
    await writeFile(outside, RECORD.replace('Estonia', 'Latvia'));
    const edited = await fingerprintKnowledge(knowledgeDir);
    expect(edited).not.toBe(linked);
    await mkdir(join(knowledgeDir, 'more'));
    await writeFile(join(knowledgeDir, 'more', 'notes.txt'), 'a note');
    expect(await fingerprintKnowledge(knowledgeDir)).not.toBe(edited);
  });

  it('a dangling link and a link to a folder do not stop the start', async () => {
    await symlink(join(dir, 'gone.jsonl'), join(knowledgeDir, 'gone.jsonl'));
    await symlink(knowledgeDir, join(knowledgeDir, 'loop'));
    const bot = await createCasebot({ knowledgeDir, cacheDir: join(dir, 'cache') });
    expect(bot.knowledge.cases).toHaveLength(18);
  });

  it('a CACHE_DIR that is a file: the bot starts, and says the cache could not be saved', async () => {
    const cacheDir = join(dir, 'cache-file');
    await writeFile(cacheDir, 'not a folder');
    const logger = recordingLogger();
    const bot = await createCasebot({ knowledgeDir, cacheDir, logger });
    expect(bot.knowledge.cases).toHaveLength(18);
    const warning = logger.entries.find((e) => e.level === 'warn');
    expect(warning).toMatchObject({ msg: 'could not save the search cache', obj: { cacheDir } });
  });

  it('an unreadable knowledge file or subfolder is a knowledge problem, not a failed start', async () => {
    await writeFile(join(knowledgeDir, 'secret.jsonl'), RECORD);
    await chmod(join(knowledgeDir, 'secret.jsonl'), 0o000);
    await mkdir(join(knowledgeDir, 'closed'));
    await chmod(join(knowledgeDir, 'closed'), 0o000);
    // Root reads anything: the start runs in a process that permissions apply to.
    const output = await runWithFilePermissions('test/support/create-casebot-script.ts', [
      knowledgeDir,
      join(dir, 'cache'),
    ]);
    await chmod(join(knowledgeDir, 'closed'), 0o755);
    const result = JSON.parse(output) as {
      cases: number;
      problems: Array<{ file: string; message: string }>;
    };
    expect(result.cases).toBe(18);
    expect(result.problems).toContainEqual({
      file: 'secret.jsonl',
      message: 'unreadable file (EACCES)',
      severity: 'error',
    });
  }, 40_000);
});
