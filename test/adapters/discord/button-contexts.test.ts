import { describe, expect, it } from 'vitest';
import { createButtonContexts } from '../../../adapters/discord/button-contexts.js';
import { DISCORD_MAX_CUSTOM_ID } from '../../../adapters/discord/button-ids.js';
import { renderDiscordReply } from '../../../adapters/discord/render.js';
import { createMemoryContexts } from '../../../adapters/shared/memory-contexts.js';
import { openSqliteStore } from '../../../src/index.js';
import { resultsReply } from './reply-fixtures.js';

const long = `search ${'digital '.repeat(20)}page 2`;
const reply = resultsReply({
  actions: [
    { type: 'more', label: 'More results', command: long },
    { type: 'more', label: 'Next', command: 'search rehab page 2' },
  ],
  shareCommand: long,
});

function customIds(contexts = createMemoryContexts()) {
  const buttons = createButtonContexts(contexts);
  return {
    buttons,
    ids: async () => {
      const payload = renderDiscordReply(reply, { buttonIds: await buttons.prepare(reply) });
      return payload.components.flatMap((row) => row.components.map((b) => b.custom_id));
    },
  };
}

describe('button contexts', () => {
  it('keeps short commands in the custom_id and long ones in the store, within 100 characters', async () => {
    const { buttons, ids } = customIds();
    const rendered = await ids();
    expect(rendered).toContain('r:search rehab page 2');
    const stored = rendered.filter((id) => id.slice(1, 2) === '#');
    expect(stored.map((id) => id.slice(0, 2)).sort()).toEqual(['r#', 's#']);
    for (const id of rendered) expect(id.length).toBeLessThanOrEqual(DISCORD_MAX_CUSTOM_ID);
    for (const id of stored)
      expect(await buttons.decode(id)).toEqual({
        type: 'command',
        verb: id.startsWith('s') ? 'share' : 'run',
        command: long,
      });
  });

  it('resolves a button rendered by another replica sharing the store', async () => {
    const store = openSqliteStore({ file: ':memory:' });
    const rendered = await customIds(store.contexts).ids();
    const other = createButtonContexts(store.contexts);
    const id = rendered.find((i) => i.startsWith('r#')) ?? '';
    expect(await other.decode(id)).toEqual({ type: 'command', verb: 'run', command: long });
    await store.close();
  });

  it('says a context is expired once its time is up, or when it was never kept; foreign ids are foreign', async () => {
    let now = 5000;
    const contexts = createMemoryContexts({ now: () => now });
    const buttons = createButtonContexts(contexts, 1000);
    const encoder = await buttons.prepare(reply);
    const id = encoder.encode('run', long);
    expect((await buttons.decode(id)).type).toBe('command');
    now = 6001;
    expect(await buttons.decode(id)).toEqual({ type: 'expired', verb: 'run' });
    expect(await buttons.decode('s#never-kept')).toEqual({ type: 'expired', verb: 'share' });
    expect(await buttons.decode('someone-else')).toEqual({ type: 'foreign' });
  });
});
