import { describe, expect, it } from 'vitest';
import { botWithDigests } from '../support/bot-with-digests.js';
import { freshPerson } from '../support/fresh-person.js';

const person = () => freshPerson({ canManageDigests: true });

describe('a digest asked for in plain words', () => {
  const digestBot = botWithDigests('2026-11-24T08:00:00Z');

  it('subscribes the channel and says how it read schedule, day, time and filters', async () => {
    const reply = await digestBot().answer(
      'send us new health cases from Korea weekly on friday at 9',
      person(),
    );
    expect(reply.heading).toMatch(/^Digest [a-z2-9]{6} subscribed$/);
    expect(reply.notice).toBe('Read as: digest subscribe weekly fri 09:00 country South Korea topic health.');
    expect(reply.type === 'digest' && reply.lines.join(' ')).toMatch(/Friday/);
  });

  it('reads "monthly" as the first of each month, and says what was not said', async () => {
    const reply = await digestBot().answer('can you post a monthly summary here?', person());
    expect(reply.heading).toMatch(/subscribed$/);
    expect(reply.notice).toContain('(the 1st of each month). Not said, so 09:00.');
  });

  it('reads a question that points at the channel', async () => {
    const text = 'Is it possible to get a monthly summary of new cases from Chile sent to this channel?';
    const reply = await digestBot().answer(text, person());
    expect(reply.heading).toMatch(/subscribed$/);
    expect(reply.notice).toContain('country Chile');
  });

  it('sets up no digest of more than was asked for: says which filter it cannot keep, with the command without it', async () => {
    const me = person();
    const text =
      'Is it possible to get a monthly summary of new cases from Latin America sent to this channel?';
    const reply = await digestBot().answer(text, me);
    expect(reply.intent).toEqual({ type: 'digest', command: { type: 'help' } });
    expect(reply.notice).toContain(
      'A digest cannot filter by the region, so none was set up. Without it: digest subscribe cron "0 9 1 * *"',
    );
    const list = await digestBot().answer('digest list', me);
    expect(list.type === 'digest' && list.lines.join(' ')).not.toMatch(/cron/);
  });

  it('asks how often, with a command to copy, when the message does not say', async () => {
    const reply = await digestBot().answer('subscribe this channel to climate cases', person());
    expect(reply.intent).toEqual({ type: 'digest', command: { type: 'help' } });
    expect(reply.notice).toContain(
      'say how often; for example: digest subscribe weekly mon 09:00 topic climate',
    );
  });

  it('searches sending that is described, not asked of casebot', async () => {
    const reply = await digestBot().answer('projects that post updates weekly', person());
    expect(reply.intent).toMatchObject({ type: 'search' });
  });

  it('keeps questions about digests as digest help, and asks how often for automatic updates', async () => {
    for (const text of ['how do i subscribe to a digest', 'how do digests work']) {
      const reply = await digestBot().answer(text, person());
      expect(reply.intent).toEqual({ type: 'digest', command: { type: 'help' } });
    }
    const automatic = await digestBot().answer('is there a way to get updates automatically', person());
    expect(automatic.intent).toEqual({ type: 'digest', command: { type: 'help' } });
    expect(automatic.notice).toContain('say how often');
  });

  it('manages the channel’s digest in plain words: list, pause, resume, stop; a change says how', async () => {
    const me = person();
    const made = await digestBot().answer('send us new health cases every monday', me);
    const id = /^Digest ([a-z2-9]{6}) subscribed$/.exec(made.heading ?? '')?.[1];
    if (!id) throw new Error(`no digest subscribed: ${made.heading}`);
    const listed = await digestBot().answer('what digests are set up here?', me);
    expect(listed.intent).toEqual({ type: 'digest', command: { type: 'list' } });
    expect(listed.type === 'digest' && listed.lines.join(' ')).toContain(id);
    expect((await digestBot().answer('pause the weekly update for now', me)).heading).toBe(
      `Digest ${id} paused`,
    );
    expect((await digestBot().answer('turn the monday digest back on', me)).heading).toBe(
      `Digest ${id} resumed`,
    );
    const change = await digestBot().answer('can we move our weekly digest to fridays?', me);
    expect(change.heading).toBe(`Digest ${id} changed`);
    expect(change.type === 'digest' && change.lines.join(' ')).toMatch(/^Now every Friday at 09:00 UTC/);
    expect((await digestBot().answer(`cancel digest ${id.toUpperCase()} please`, me)).heading).toBe(
      `Digest ${id} unsubscribed`,
    );
    expect((await digestBot().answer('stop the weekly digest', me)).heading).toBe(
      'No digests in this channel',
    );
  });

  it('changes the channel’s digest in what is said, keeping every other setting', async () => {
    const me = person();
    const made = await digestBot().answer(
      'digest subscribe weekly mon 09:00 country France topic health count 5',
      me,
    );
    const id = /^Digest ([a-z2-9]{6}) subscribed$/.exec(made.heading ?? '')?.[1];
    if (!id) throw new Error(`no digest subscribed: ${made.heading}`);
    const line = async (text: string) => {
      const reply = await digestBot().answer(text, me);
      expect(reply.heading).toBe(`Digest ${id} changed`);
      return reply.type === 'digest' ? reply.lines.join(' ') : '';
    };
    expect(await line('send the digest on thursdays instead')).toMatch(
      /^Now every Thursday at 09:00 UTC, 5 cases per digest, 🇫🇷 France · topic: health/,
    );
    expect(await line('too many cases in the digest, just 3')).toMatch(
      /Thursday at 09:00 UTC, 3 cases per digest/,
    );
    expect(await line('can you add korea to our digest')).toMatch(/South Korea · topic: health/);
    expect(await line('could the digest come at 2pm')).toMatch(/Thursday at 14:00 UTC/);
    expect(await line('the digest should use paris time')).toMatch(/Thursday at 14:00 Europe\/Paris/);
    expect(await line('drop the country from the digest')).toMatch(/3 cases per digest, topic: health/);
    expect(await line('switch our digest to daily')).toMatch(/^Now every day at 14:00 Europe\/Paris/);
    const fortnightly = await digestBot().answer('make the digest fortnightly', me);
    expect(fortnightly.heading).toBe(`Digest ${id} not changed`);
    expect(fortnightly.type === 'digest' && fortnightly.lines.join(' ')).not.toMatch(/topic make/);
    const paused = await digestBot().answer('pause the digest until january', me);
    expect(paused.heading).toBe(`Digest ${id} paused`);
    expect(paused.notice).toContain('stays paused until someone resumes it');
    expect((await digestBot().answer('we don’t need these digests anymore', me)).heading).toBe(
      `Digest ${id} unsubscribed`,
    );
  });

  it('with no digest in the channel, says so and offers one with what was said', async () => {
    const reply = await digestBot().answer('make our digest weekly on tuesdays', person());
    expect(reply.heading).toBe('No digest in this channel to change');
    expect(reply.type === 'digest' && reply.lines.join(' ')).toContain('digest subscribe weekly tue 09:00');
  });

  it('still searches cases about newsletters and subscriptions', async () => {
    for (const text of ['cases about newsletters', 'subscription models for public transport'])
      expect((await digestBot().answer(text, person())).intent).toMatchObject({ type: 'search' });
  });
});
