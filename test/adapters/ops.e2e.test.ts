import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.js';
import { createLifecycleWorld, type LifecycleWorld } from './lifecycle-world.js';
import { msg, type NpmStart } from './npm-start.js';

// `npm start` with Slack and Discord on the fakes and SQLite: what operators look at while it
// runs (the ops listener) and what `casebot status` (the compiled CLI) prints from it.

const run = promisify(execFile);
let world: LifecycleWorld;
let casebot: NpmStart;
let ops: string;

beforeAll(async () => {
  world = await createLifecycleWorld();
  casebot = await world.start({ ...world.slackEnv, ...world.discordEnv });
  const listening = casebot.logs().find((line) => msg(line) === 'ops listener ready');
  ops = `http://127.0.0.1:${String(listening?.port)}`;
}, 90_000);

afterAll(async () => {
  await world.close();
});

const status = (...args: string[]) =>
  run(process.execPath, ['dist/adapters/cli/main.js', 'status', ...args], {
    env: { PATH: process.env.PATH ?? '' },
  }).then(
    ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
    (err: { code?: number; stdout?: string; stderr?: string }) => ({
      code: err.code ?? -1,
      stdout: err.stdout ?? '',
      stderr: err.stderr ?? '',
    }),
  );

describe('npm start, the ops listener', () => {
  it('is alive and ready once Slack, Discord, the knowledge and the store are', async () => {
    expect((await fetch(`${ops}/healthz`)).status).toBe(200);
    const ready = await fetch(`${ops}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      phase: 'running',
      ready: true,
      components: {
        slack: { ready: true },
        discord: { ready: true, detail: { role: 'gateway holder' } },
        store: { ready: true, detail: { backend: 'sqlite' } },
      },
    });
  });

  it('counts answers by platform and intent, and reports the knowledge, in Prometheus format', async () => {
    expect((await world.command('metrics1', 'countries')).status).toBe(200);
    await world.slack.waitForDelivered('metrics1');
    const text = await (await fetch(`${ops}/metrics`)).text();
    expect(text).toMatch(/^casebot_requests_total\{platform="slack",intent="count"\} 1$/m);
    expect(text).toMatch(/^casebot_knowledge_cases 18$/m);
    expect(text).toMatch(/^casebot_process_resident_memory_bytes \d+/m);
  });
});

describe('status in chat', () => {
  it('answers anyone who asks in Slack with the same report', async () => {
    expect((await world.command('status1', 'status')).status).toBe(200);
    await world.slack.waitForDelivered('status1');
    const [answer] = world.slack.taken('status1');
    const text = String(answer?.body.text);
    expect(text).toContain('Adapters: slack connected; discord gateway holder');
    expect(text).toContain('Store: SQLite, answering');
    expect(text).toMatch(/Knowledge: 18 cases, version [0-9a-f]{12}/);
  });
});

describe('casebot status', () => {
  it('prints the knowledge, adapters, digests, store and uptime of the running casebot', async () => {
    const printed = await status('--url', `${ops}/status`);
    expect(printed.code).toBe(0);
    const lines = printed.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Knowledge: 18 cases, version [0-9a-f]{12}; no problems found at load$/);
    expect(lines[1]).toBe('Adapters: slack connected; discord gateway holder');
    expect(lines[2]).toBe('Digests: running, 0 subscriptions');
    expect(lines[3]).toBe('Store: SQLite, answering');
    expect(lines[4]).toMatch(/^Up for \d+ (s|min)/);
  });

  it('says where it asked, and exits 1, when no casebot answers', async () => {
    const port = await freePort();
    const printed = await status('--url', `http://127.0.0.1:${port}/status`);
    expect(printed.code).toBe(1);
    expect(printed.stderr).toContain(`nothing answered at http://127.0.0.1:${port}/status`);
  });
});
