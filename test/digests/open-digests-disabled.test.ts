import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type DisabledDigests,
  openDigests,
  type RunningDigests,
} from '../../adapters/shared/open-digests.js';
import type { ChatContext } from '../../src/chat-context.js';
import type { DigestCommand } from '../../src/intents/intent.js';
import type { ReplyContent } from '../../src/replies/reply.js';
import { STORE_FILE } from '../../src/store/open-store.js';
import { runWithFilePermissions } from '../support/unprivileged-node.js';
import {
  BAD_FOLDERS,
  checkpoint,
  DAMAGES,
  scramblePages,
  snapshot,
  writeHealthyDatabase,
} from './damaged-databases.js';
import {
  FakePoster,
  fakeClock,
  fakeTimer,
  makeCase,
  makeKnowledge,
  type RecordingLogger,
  recordingLogger,
  tempDir,
} from './digest-fixtures.js';

const ctx: ChatContext = {
  platform: 'slack',
  teamId: 'T1',
  channelId: 'C1',
  userId: 'U1',
  canManageDigests: true,
  surface: { type: 'slash-command' },
};

const EVERY_COMMAND: DigestCommand[] = [
  { type: 'list' },
  { type: 'subscribe', args: 'daily 09:00' },
  { type: 'preview' },
  { type: 'pause', id: 's1' },
  { type: 'resume', id: 's1' },
  { type: 'unsubscribe', id: 's1' },
  { type: 'help' },
];

function digestLines(reply: ReplyContent): { heading: string; lines: string[] } {
  if (reply.type !== 'digest') throw new Error(`expected a digest reply, got ${reply.type}`);
  return { heading: reply.heading, lines: reply.lines };
}

/**
 * The one error line logged at start: it must name DATA_DIR and what is wrong at `named` (the
 * file, or DATA_DIR itself when that cannot be a folder); `file` is in its fields either way.
 */
function startError(logger: RecordingLogger, file: string, named = file): string {
  const errors = logger.entries.filter((e) => e.level === 'error');
  expect(errors).toHaveLength(1);
  const [entry] = errors;
  expect(entry!.obj).toMatchObject({ file, variable: 'DATA_DIR' });
  expect(entry!.msg).toContain(named);
  expect(entry!.msg).toContain('DATA_DIR');
  return entry!.msg ?? '';
}

describe('openDigests when the digests database cannot be used', () => {
  const dirs: Array<ReturnType<typeof tempDir>> = [];
  const started: RunningDigests[] = [];
  const cases = makeKnowledge([makeCase('a')]);
  const start = async (dataDir: string, logger = recordingLogger()) => {
    const clock = fakeClock('2026-11-24T08:00:00Z');
    const timer = fakeTimer();
    const opened = await openDigests({
      store: { dataDir },
      config: { timezone: 'UTC', catchupMs: 0 },
      logger,
      now: clock.now,
      timer,
    });
    const digests: RunningDigests | DisabledDigests =
      opened.type === 'available'
        ? opened.start({ knowledge: cases, posters: { slack: new FakePoster(clock) } })
        : opened;
    if (digests.type === 'running') started.push(digests);
    // The bot passes its cases with each command.
    const handler = {
      handle: (command: DigestCommand, context: ChatContext) =>
        opened.handler.handle(command, context, cases),
    };
    return { digests, handler, logger, clock, timer };
  };
  const folder = () => {
    const dir = tempDir();
    dirs.push(dir);
    return dir;
  };
  afterEach(async () => {
    for (const digests of started.splice(0)) await digests.stop();
    for (const dir of dirs.splice(0)) {
      chmodSync(dir.dir, 0o755);
      dir.remove();
    }
  });

  it.each(DAMAGES)('$name: digests disabled, every command says why, the file untouched', async (damage) => {
    const { dir, file } = folder();
    await damage.make(file);
    const before = snapshot(file);
    const { digests, handler, logger } = await start(dir);
    expect(digests.type).toBe('disabled');
    if (digests.type !== 'disabled') return;
    expect(digests.error.code).toBe(damage.code);
    const logged = startError(logger, file);
    expect(logged).toMatch(/restore it from a backup or move it aside/);
    for (const command of EVERY_COMMAND) {
      const { heading, lines } = digestLines(await handler.handle(command, ctx));
      expect(heading).toBe('Digests are disabled');
      expect(lines[0]).toBe(
        'The digest database is damaged, so digests cannot be listed, changed or posted until whoever runs casebot fixes it (the details are in casebot’s log).',
      );
      // The chat gets the reason, not the server's paths.
      expect(lines.join('\n')).not.toContain(dir);
    }
    const help = digestLines(await handler.handle({ type: 'help' }, ctx));
    expect(help.lines.some((line) => line.startsWith('digest subscribe'))).toBe(true);
    expect(snapshot(file).equals(before)).toBe(true);
  });

  it.each(BAD_FOLDERS)('$name: digests disabled, and the log says what is in the way', async ({ make }) => {
    const { dir } = folder();
    const dataDir = make(dir);
    const { digests, handler, logger } = await start(dataDir);
    expect(digests.type).toBe('disabled');
    const logged = startError(logger, join(dataDir, STORE_FILE), dataDir);
    expect(logged).toMatch(/is a file, not a folder|is a folder, not a database file/);
    expect(logged).toContain(`DATA_DIR is "${dataDir}"`);
    const { heading, lines } = digestLines(await handler.handle({ type: 'list' }, ctx));
    expect(heading).toBe('Digests are disabled');
    expect(lines[0]).toMatch(/^The digest database cannot be opened or written, so digests/);
  });

  it('a DATA_DIR casebot may not write (empty, holding a database, or a read-only casebot.db): disabled, STORE_REFUSED', async () => {
    const { dir } = folder();
    const empty = join(dir, 'empty');
    const holding = join(dir, 'holding');
    const readOnlyFile = join(dir, 'read-only-file');
    for (const dataDir of [empty, holding, readOnlyFile]) mkdirSync(dataDir);
    await writeHealthyDatabase(join(holding, STORE_FILE));
    await writeHealthyDatabase(join(readOnlyFile, STORE_FILE));
    chmodSync(empty, 0o555);
    chmodSync(holding, 0o555);
    chmodSync(join(readOnlyFile, STORE_FILE), 0o444);
    // Root ignores these permissions: the check runs in a process they apply to.
    const output = await runWithFilePermissions('test/support/open-digests-script.ts', [
      empty,
      holding,
      readOnlyFile,
    ]);
    chmodSync(empty, 0o755);
    chmodSync(holding, 0o755);
    const results = JSON.parse(output) as Array<{
      type: string;
      code?: string;
      errors: Array<{ msg: string; file: string; variable: string }>;
      reply: ReplyContent;
    }>;
    expect(results.map((r) => [r.type, r.code])).toEqual([
      ['disabled', 'STORE_REFUSED'],
      ['disabled', 'STORE_REFUSED'],
      ['disabled', 'STORE_REFUSED'],
    ]);
    expect(results.map((r) => r.errors[0]?.msg.match(/: (no permission [^;]*);/)?.[1])).toEqual([
      `no permission to create files in ${empty}`,
      `no permission to create files in ${holding}`,
      `no permission to write ${join(readOnlyFile, STORE_FILE)}`,
    ]);
    for (const result of results) {
      expect(result.errors[0]).toMatchObject({ variable: 'DATA_DIR' });
      expect(digestLines(result.reply).lines[0]).toMatch(/^The digest database cannot be opened or written/);
    }
  }, 40_000);

  it('a database damaged while running: commands say so, the log names the file, the scheduler keeps waking', async () => {
    const { dir, file } = folder();
    const { digests, handler, logger, timer } = await start(dir);
    if (digests.type !== 'running') throw digests.error;
    await digests.ready;
    const subscribed = digestLines(await handler.handle({ type: 'subscribe', args: 'daily 09:00' }, ctx));
    expect(subscribed.heading).toMatch(/^Digest \w+ subscribed$/);

    checkpoint(file);
    scramblePages(file);
    const { heading, lines } = digestLines(await handler.handle({ type: 'list' }, ctx));
    expect(heading).toBe('Digests are not working right now');
    expect(lines[0]).toBe('The digest database is damaged, so this digest command did not run.');
    const logged = logger.entries.find(
      (e) => e.level === 'error' && e.msg?.startsWith('digest command failed'),
    );
    expect(logged?.obj).toMatchObject({ code: 'STORE_DAMAGED', command: 'list' });
    expect(logged?.msg).toContain(file);

    // The scheduler's next tick fails on the store too: logged with the file, and it re-arms.
    expect(timer.pending).toBeDefined();
    await timer.fire();
    const tickFailed = logger.entries.find((e) => e.level === 'error' && e.msg === 'digest tick failed');
    expect(String(tickFailed?.obj.err)).toContain(file);
    expect(timer.pending).toBeDefined();
  });
});
