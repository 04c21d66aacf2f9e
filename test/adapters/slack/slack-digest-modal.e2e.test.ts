import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIGEST_MODAL_CALLBACK_ID, renderDigestModal } from '../../../adapters/slack/digest-modal.js';
import { createDigestWorld, type DigestWorld, type SlackProcess } from './digest-world.js';
import { SIGNING_SECRET } from './harness.js';
import { sendToSlackApp, slashCommandBody, viewSubmissionBody } from './slack-requests.js';

// The digest form: `/initiatives digest` opens it (views.open), mistakes come back under their
// fields (response_action: errors), and a valid one subscribes the channel, which is told so.

let world: DigestWorld;
let casebot: SlackProcess;

beforeEach(async () => {
  world = await createDigestWorld('2026-11-24T08:57:00Z');
  casebot = await world.startProcess();
});
afterEach(async () => {
  await world.close();
});

function form(fields: {
  schedule?: string;
  day?: string;
  time?: string;
  [text: string]: string | undefined;
}) {
  const select = (value: string | undefined) => ({
    type: 'static_select',
    selected_option: value === undefined ? null : { value, text: { type: 'plain_text', text: value } },
  });
  const text = (value: string | undefined) => ({ type: 'plain_text_input', value: value ?? null });
  return {
    schedule: { schedule: select(fields.schedule ?? 'weekly') },
    day: { day: select(fields.day ?? 'mon') },
    time: { time: { type: 'timepicker', selected_time: fields.time ?? '09:00' } },
    tz: { tz: text(fields.tz) },
    country: { country: text(fields.country) },
    topic: { topic: text(fields.topic) },
    count: { count: text(fields.count) },
  };
}

function submit(values: ReturnType<typeof form>, channelId = 'C0DIGEST') {
  return sendToSlackApp(
    casebot.eventsUrl,
    viewSubmissionBody({
      callbackId: DIGEST_MODAL_CALLBACK_ID,
      privateMetadata: JSON.stringify({ channelId }),
      values,
    }),
    'form',
    { secret: SIGNING_SECRET },
  );
}

describe('the Slack digest form', () => {
  it('opens on /initiatives digest with no arguments, for the channel it was typed in', async () => {
    const res = await sendToSlackApp(
      casebot.eventsUrl,
      slashCommandBody({
        text: 'digest',
        responseUrl: world.fake.responseUrl('form1'),
        channelId: 'C0DIGEST',
        triggerId: 'trigger-form1',
      }),
      'form',
      { secret: SIGNING_SECRET },
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const open = await world.fake.waitFor((c) => c.name === 'views.open');
    expect(open.body.trigger_id).toBe('trigger-form1');
    expect(open.body.view).toEqual(renderDigestModal('C0DIGEST'));
    expect(world.fake.calls.filter((c) => c.kind === 'respond')).toEqual([]);
  });

  it('subscribes the channel on a valid form, closes it, and tells the channel', async () => {
    const res = await submit(
      form({ day: 'wed', time: '10:30', country: 'Korea', topic: 'digital', count: '2' }),
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const told = await world.fake.waitFor(
      (c) => c.name === 'chat.postMessage' && c.body.channel === 'C0DIGEST',
    );
    const text = String(told.body.text);
    expect(text).toMatch(/^Digest [a-z0-9]+ subscribed$/m);
    expect(text).toContain('every Wednesday at 10:30 UTC');
    expect(text).toMatch(/2 cases per digest, .*South Korea · topic: digital/);
  });

  it.each([
    ['country', { country: 'Atlantis' }, /country "Atlantis"/],
    ['count', { count: '50' }, /count must be a whole number from 1 to 10/],
    ['tz', { tz: 'Mars/Olympus' }, /not a time zone/],
  ])('shows a mistake in %s under that field, and subscribes nothing', async (field, fields, message) => {
    const res = await submit(form(fields));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors)).toEqual([field]);
    expect(body.errors[field]).toMatch(message);
    expect(world.postsTo('C0DIGEST')).toEqual([]);
  });
});
