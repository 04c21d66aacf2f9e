import { MessageFlags } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { DISCORD_MAX_CUSTOM_ID } from '../../../adapters/discord/button-ids.js';
import {
  DIGEST_MODAL_ID,
  DISCORD_MAX_INPUT_LABEL,
  DISCORD_MAX_MODAL_COMPONENTS,
  DISCORD_MAX_MODAL_TITLE,
} from '../../../adapters/discord/digest-modal.js';
import { FORM_BUTTON_PREFIX } from '../../../adapters/discord/handle-modal-submit.js';
import { createDigestWorld, type DigestWorld, digestCommand, MANAGER } from './digest-world.js';
import { buttonClick, modalSubmit } from './discord-payloads.js';

// The digest form (a modal) through the real discord.js client against the fake Discord, which
// refuses a modal over Discord's limits as Discord does; subscriptions go to the real digest store.

interface ModalCallback {
  type: number;
  data: {
    custom_id: string;
    title: string;
    components: { type: number; label: string; component: { custom_id: string; value?: string } }[];
  };
}
interface MessageCallback {
  type: number;
  data: {
    content: string;
    flags?: number;
    components?: { components: { label: string; custom_id: string }[] }[];
    allowed_mentions?: unknown;
  };
}

const TYPED = {
  schedule: 'fortnightly at nine',
  country: 'Narnia',
  topic: 'health',
  count: '0',
  tz: 'Nowhere/Else',
};

let world: DigestWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function started(): Promise<DigestWorld> {
  world = await createDigestWorld('2026-11-24T08:58:30Z');
  await world.startProcess();
  return world;
}

function expectWithinModalLimits(modal: ModalCallback): void {
  expect(modal.type).toBe(9);
  expect(modal.data.custom_id.length).toBeLessThanOrEqual(DISCORD_MAX_CUSTOM_ID);
  expect(modal.data.title.length).toBeLessThanOrEqual(DISCORD_MAX_MODAL_TITLE);
  expect(modal.data.components.length).toBeLessThanOrEqual(DISCORD_MAX_MODAL_COMPONENTS);
  for (const label of modal.data.components)
    expect(label.label.length).toBeLessThanOrEqual(DISCORD_MAX_INPUT_LABEL);
}

const typedIn = (modal: ModalCallback) =>
  Object.fromEntries(modal.data.components.map((c) => [c.component.custom_id, c.component.value ?? '']));

describe('Discord digest form', () => {
  it('answers /initiatives digest setup with the form, within Discord’s limits', async () => {
    const w = await started();
    const modal = (await w.interact(
      digestCommand('setup', {}, { permissions: MANAGER }),
    )) as unknown as ModalCallback;
    expectWithinModalLimits(modal);
    expect(modal.data.custom_id).toBe(DIGEST_MODAL_ID);
    expect(Object.keys(typedIn(modal))).toEqual(['schedule', 'country', 'topic', 'count', 'tz']);
    // The fake refuses a modal over the limits as Discord does: discord.js would have thrown.
    expect(w.fake.requests.filter((r) => r.path.endsWith('/callback')).length).toBe(1);
  });

  it('refuses the form to members who may not manage the channel’s digests', async () => {
    const w = await started();
    const answer = (await w.interact(digestCommand('setup'))) as unknown as MessageCallback;
    expect(answer.type).toBe(4);
    expect(answer.data.flags).toBe(MessageFlags.Ephemeral);
    expect(answer.data.content).toBe(
      'Only members with Manage Channels or Manage Server can change digests in this channel.',
    );
  });

  it('names every wrong field privately, and opens the form again with what was typed', async () => {
    const w = await started();
    const answer = (await w.interact(
      modalSubmit(DIGEST_MODAL_ID, TYPED, { permissions: MANAGER }),
    )) as unknown as MessageCallback;
    expect(answer.type).toBe(4);
    expect(answer.data.flags).toBe(MessageFlags.Ephemeral);
    expect(answer.data.allowed_mentions).toEqual({ parse: [] });
    const named = [...answer.data.content.matchAll(/^• \*\*(.+?)\*\*: /gm)].map((m) => m[1]);
    expect(named).toEqual(['When', 'Only cases from this country', 'Cases per digest', 'Time zone']);
    expect(w.deliveries()).toEqual([]);

    const again = answer.data.components?.[0]?.components[0];
    expect(again?.label).toBe('Open the form again');
    expect(again?.custom_id.startsWith(FORM_BUTTON_PREFIX)).toBe(true);
    expect(again?.custom_id.length).toBeLessThanOrEqual(DISCORD_MAX_CUSTOM_ID);
    const click = buttonClick(
      again?.custom_id ?? '',
      { ...answer.data, flags: MessageFlags.Ephemeral },
      { permissions: MANAGER },
    );
    const modal = (await w.interact(click)) as unknown as ModalCallback;
    expectWithinModalLimits(modal);
    expect(typedIn(modal)).toEqual(TYPED);
  });

  it('subscribes the channel from a valid form and confirms it in the channel', async () => {
    const w = await started();
    const values = {
      schedule: 'weekly tue 09:00',
      country: 'korea',
      topic: '',
      count: '2',
      tz: 'Europe/Paris',
    };
    const answer = (await w.interact(
      modalSubmit(DIGEST_MODAL_ID, values, { permissions: MANAGER }),
    )) as unknown as MessageCallback;
    expect(answer.type).toBe(4);
    expect(answer.data.flags ?? 0).toBe(0);
    const id = /^\*\*Digest ([a-z0-9]+) subscribed\*\*$/.exec(answer.data.content)?.[1];
    expect(id).toBeDefined();
    const listed = (await w.interact(digestCommand('list', {}, { permissions: MANAGER }))) as unknown as {
      data: { content: string; embeds: { description?: string }[] };
    };
    expect(JSON.stringify(listed.data)).toContain(id ?? '');
    expect(JSON.stringify(listed.data)).toContain('Europe/Paris');
  });
});
