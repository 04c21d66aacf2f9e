import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.js';
import { msg, type NpmStart, npmStart } from './npm-start.js';
import { type FakeSlackApi, startFakeSlackApi } from './slack/fake-slack-api.js';
import { BOT_TOKEN, SIGNING_SECRET } from './slack/harness.js';
import { sendToSlackApp, slashCommandBody } from './slack/slack-requests.js';
import { slashAnswer } from './slack/slash-answer.js';

function caseLine(title: string, summary: string): string {
  return `${JSON.stringify({ title, summary, countries: ['NL'] })}\n`;
}

/** The casebot process npm started (`exec node …` replaces npm's shell with it). */
async function casebotPid(npmPid: number): Promise<number> {
  const children = await readFile(`/proc/${npmPid}/task/${npmPid}/children`, 'utf8');
  const pid = Number(children.trim().split(/\s+/u)[0]);
  if (!pid) throw new Error(`npm (${npmPid}) has no child process`);
  return pid;
}

describe('npm start reloads the knowledge without a restart', () => {
  let dir: string;
  let knowledge: string;
  let slackApi: FakeSlackApi;
  let run: NpmStart;
  let port: number;
  let asked = 0;

  /** Asks through a signed slash command, as Slack would; the answer comes in the ack or at its response_url. */
  async function ask(text: string): Promise<string> {
    const name = `q${asked++}`;
    const body = slashCommandBody({ text, responseUrl: slackApi.responseUrl(name) });
    const response = await sendToSlackApp(`http://127.0.0.1:${port}/slack/events`, body, 'form', {
      secret: SIGNING_SECRET,
    });
    return JSON.stringify(await slashAnswer(response, slackApi, name));
  }

  const reloads = () => run.logs().filter((line) => msg(line) === 'knowledge reloaded').length;
  const waitForReload = (count: number) =>
    run.waitForLog(`reload ${count}`, () => reloads() >= count, 30_000);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'casebot-reload-e2e-'));
    knowledge = join(dir, 'knowledge');
    await mkdir(knowledge);
    await writeFile(
      join(knowledge, 'cases.jsonl'),
      caseLine('Dike Sensors', 'A water board fits dikes with moisture sensors to predict weak spots.'),
    );
    slackApi = await startFakeSlackApi();
    port = await freePort();
    run = npmStart({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slackApi.apiUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      KNOWLEDGE_DIR: knowledge,
      DATA_DIR: dir,
      CACHE_DIR: join(dir, 'cache'),
    });
    await run.waitForLog('casebot is running', (line) => msg(line) === 'casebot is running', 30_000);
  }, 40_000);

  afterAll(async () => {
    process.kill(run.pid, 'SIGTERM');
    expect((await run.exited).code).toBe(0);
    await slackApi.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers from a file added to the knowledge folder', async () => {
    expect(await ask('search tulip bulbs')).not.toContain('Tulip Bulb Exchange');
    await writeFile(
      join(knowledge, 'more.jsonl'),
      caseLine('Tulip Bulb Exchange', 'Residents swap tulip bulbs at the library to green their streets.'),
    );
    await waitForReload(1);
    expect(await ask('search tulip bulbs')).toContain('Tulip Bulb Exchange');
  }, 40_000);

  it('reloads on SIGHUP', async () => {
    const before = reloads();
    process.kill(await casebotPid(run.pid), 'SIGHUP');
    const line = await run.waitForLog('reload on SIGHUP', () => reloads() > before, 30_000);
    expect(line).toMatchObject({ cases: { before: 2, after: 2 } });
  }, 40_000);

  it('keeps answering from the old knowledge when the folder cannot be read', async () => {
    await rename(knowledge, `${knowledge}-moved`);
    try {
      process.kill(await casebotPid(run.pid), 'SIGHUP');
      const failed = await run.waitForLog(
        'reload failed',
        (line) => msg(line).startsWith('knowledge reload failed'),
        30_000,
      );
      expect(failed).toMatchObject({ level: 50, cases: 2 });
      expect(await ask('search tulip bulbs')).toContain('Tulip Bulb Exchange');
    } finally {
      await rename(`${knowledge}-moved`, knowledge);
    }
  }, 40_000);
});
