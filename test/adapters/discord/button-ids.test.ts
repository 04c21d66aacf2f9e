import { describe, expect, it } from 'vitest';
import { createButtonIds, DISCORD_MAX_CUSTOM_ID } from '../../../adapters/discord/button-ids.js';

describe('button ids', () => {
  it('carries a short command in the custom_id itself, so it survives restarts', () => {
    const id = createButtonIds().encode('run', 'search AI page 2');
    expect(id).toBe('r:search AI page 2');
    expect(createButtonIds().decode(id)).toEqual({
      type: 'command',
      verb: 'run',
      command: 'search AI page 2',
    });
    expect(createButtonIds().decode('s:show abc')).toEqual({
      type: 'command',
      verb: 'share',
      command: 'show abc',
    });
  });

  it('keeps a long command in memory under a short key', () => {
    const ids = createButtonIds();
    const command = `search ${'digital '.repeat(20)}page 2`;
    const id = ids.encode('share', command);
    expect(id.length).toBeLessThanOrEqual(DISCORD_MAX_CUSTOM_ID);
    expect(id).toMatch(/^s#/);
    expect(ids.decode(id)).toEqual({ type: 'command', verb: 'share', command });
  });

  it('says a long command is expired after a restart, and a foreign id is foreign', () => {
    const id = createButtonIds().encode('run', 'x'.repeat(200));
    expect(createButtonIds().decode(id)).toEqual({ type: 'expired', verb: 'run' });
    expect(createButtonIds().decode('someone-else')).toEqual({ type: 'foreign' });
    expect(createButtonIds().decode('')).toEqual({ type: 'foreign' });
  });

  it('forgets the least recently used command first', () => {
    let n = 0;
    const ids = createButtonIds({ max: 2, newKey: () => `k${++n}` });
    const long = (i: number) => `${i}`.padEnd(150, '.');
    const first = ids.encode('run', long(1));
    const second = ids.encode('run', long(2));
    expect(ids.decode(first).type).toBe('command'); // first is now the most recent
    ids.encode('run', long(3));
    expect(ids.decode(second)).toEqual({ type: 'expired', verb: 'run' });
    expect(ids.decode(first)).toEqual({ type: 'command', verb: 'run', command: long(1) });
  });
});
