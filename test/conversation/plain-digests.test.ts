import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningDigests } from '../../adapters/shared/open-digests.js';
import type { Bot } from '../../src/index.js';
import { FakePoster, fakeClock, recordingLogger, tempDir } from '../digests/digest-fixtures.js';
import { freshPerson } from '../support/fresh-person.js';
import { startTestDigests } from '../support/start-test-digests.js';

const person = () => freshPerson({ canManageDigests: true });

describe('a digest asked for in plain words', () => {
  const dir = tempDir();
  const clock = fakeClock('2026-11-24T08:00:00Z');
  let bot: Bot;
  let digests: RunningDigests;
  beforeAll(async () => {
    const posters = { slack: new FakePoster(clock) };
    ({ bot, digests } = await startTestDigests({
      posters,
      dataDir: dir.dir,
      now: clock.now,
      logger: recordingLogger(),
    }));
  });
  afterAll(async () => {
    await digests.stop();
    dir.remove();
  });

  it('subscribes the channel and says how it read schedule, day, time and filters', async () => {
    const reply = await bot.answer('send us new health cases from Korea weekly on friday at 9', person());
    expect(reply.heading).toMatch(/^Digest [a-z2-9]{6} subscribed$/);
    expect(reply.notice).toBe('Read as: digest subscribe weekly fri 09:00 country South Korea topic health.');
    expect(reply.type === 'digest' && reply.lines.join(' ')).toMatch(/Friday/);
  });

  it('reads "monthly" as the first of each month, and says what was not said', async () => {
    const reply = await bot.answer('can you post a monthly summary here?', person());
    expect(reply.heading).toMatch(/subscribed$/);
    expect(reply.notice).toContain('(the 1st of each month). Not said, so 09:00.');
  });

  it('reads a question that points at the channel', async () => {
    const text = 'Is it possible to get a monthly summary of new cases from Chile sent to this channel?';
    const reply = await bot.answer(text, person());
    expect(reply.heading).toMatch(/subscribed$/);
    expect(reply.notice).toContain('country Chile');
  });

  it('sets up no digest of more than was asked for: says which filter it cannot keep, with the command without it', async () => {
    const me = person();
    const text =
      'Is it possible to get a monthly summary of new cases from Latin America sent to this channel?';
    const reply = await bot.answer(text, me);
    expect(reply.intent).toEqual({ type: 'digest', command: { type: 'help' } });
    expect(reply.notice).toContain(
      'A digest cannot filter by the region, so none was set up. Without it: digest subscribe cron "0 9 1 * *"',
    );
    const list = await bot.answer('digest list', me);
    expect(list.type === 'digest' && list.lines.join(' ')).not.toMatch(/cron/);
  });

  it('asks how often, with a command to copy, when the message does not say', async () => {
    const reply = await bot.answer('subscribe this channel to climate cases', person());
    expect(reply.intent).toEqual({ type: 'digest', command: { type: 'help' } });
    expect(reply.notice).toContain(
      'say how often; for example: digest subscribe weekly mon 09:00 topic climate',
    );
  });

  it('searches sending that is described, not asked of casebot', async () => {
    const reply = await bot.answer('projects that post updates weekly', person());
    expect(reply.intent).toMatchObject({ type: 'search' });
  });

  it('keeps questions about digests and changes to them as digest help', async () => {
    for (const text of ['how do i subscribe to a digest', 'pause the weekly update']) {
      const reply = await bot.answer(text, person());
      expect(reply.intent).toEqual({ type: 'digest', command: { type: 'help' } });
    }
  });
});
