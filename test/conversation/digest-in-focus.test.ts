import { describe, expect, it } from 'vitest';
import type { ChatContext, Reply } from '../../src/index.js';
import { botWithDigests } from '../support/bot-with-digests.js';
import { freshPerson } from '../support/fresh-person.js';

/** One person mentioning casebot in a channel of their own, as a team member does. */
const inChannel = (): ChatContext => freshPerson({ canManageDigests: true });
const text = (reply: Reply) => (reply.type === 'digest' ? reply.lines.join(' ') : '');

describe('the digest an answer was about, in focus', () => {
  const digestBot = botWithDigests('2026-11-24T08:00:00Z');

  async function subscribed(command: string, me: ChatContext): Promise<string> {
    const reply = await digestBot().answer(command, me);
    const id = /^Digest ([a-z2-9]{6}) subscribed$/.exec(reply.heading)?.[1];
    if (!id) throw new Error(`not subscribed: ${reply.heading}`);
    return id;
  }

  it('takes "it" and "this" after a digest answer as that digest: paused, resumed, changed', async () => {
    const me = inChannel();
    const id = await subscribed('digest subscribe weekly mon 09:00 topic health', me);
    const paused = await digestBot().answer('pause it till february', me);
    expect(paused.heading).toBe(`Digest ${id} paused`);
    expect(paused.notice).toContain('stays paused until someone resumes it');
    expect((await digestBot().answer('ok turn it back on', me)).heading).toBe(`Digest ${id} resumed`);
    const later = await digestBot().answer('could it come at 2pm instead', me);
    expect(later.heading).toBe(`Digest ${id} changed`);
    expect(text(later)).toMatch(/^Now every Monday at 14:00 UTC, 3 cases per digest, topic: health/);
    expect(text(await digestBot().answer('actually make that 5 cases', me))).toMatch(/14:00 UTC, 5 cases/);
    expect(text(await digestBot().answer('move it to 7am', me))).toMatch(/every Monday at 07:00 UTC/);
    // After an answer about cases, "it" is no longer the digest.
    await digestBot().answer('health cases from Korea', me);
    expect((await digestBot().answer('pause it', me)).intent).not.toMatchObject({ type: 'digest' });
  });

  it('means the digest in focus when the channel has two', async () => {
    const me = inChannel();
    await subscribed('digest subscribe daily 08:00', me);
    const second = await subscribed('digest subscribe weekly fri 10:00 topic climate', me);
    expect((await digestBot().answer('pause it', me)).heading).toBe(`Digest ${second} paused`);
  });

  it('answers who set it up and when, and when it posts next, from the store', async () => {
    const me = inChannel();
    const id = await subscribed('digest subscribe weekly fri 10:00', me);
    const next = await digestBot().answer('when’s the next one going out?', me);
    expect(next.intent).toEqual({ type: 'digest', command: { type: 'info', id } });
    expect(text(next)).toContain('Next on Fri 27 Nov 2026 10:00');
    const who = await digestBot().answer('who set up this digest?', me);
    expect(text(who)).toContain(`Set up by user ${me.userId} on Tue 24 Nov 2026 08:00`);
    expect(text(await digestBot().answer('what was in last week’s digest', me))).toContain(
      'Nothing posted yet.',
    );
  });

  it('says a weekday schedule in words, never as cron', async () => {
    const me = inChannel();
    await subscribed('digest subscribe weekly mon 09:00', me);
    const reply = await digestBot().answer('digest only on weekdays', me);
    expect(text(reply)).toMatch(/^Now weekdays at 09:00 UTC/);
    expect(text(await digestBot().answer('digest list', me))).not.toMatch(/cron/);
  });
});
