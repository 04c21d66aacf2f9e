import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_FOLDERS, DAMAGES, snapshot } from '../digests/damaged-databases.js';
import { type CasebotProcess, startCasebotProcess, until } from '../support/casebot-process.js';
import { freePort } from '../support/free-port.js';
import { type FakeSlackApi, startFakeSlackApi } from './slack/fake-slack-api.js';
import { BOT_TOKEN, SIGNING_SECRET } from './slack/harness.js';
import { sendToSlackApp, slashCommandBody } from './slack/slack-requests.js';
import { slashAnswer } from './slack/slash-answer.js';

interface Setup {
  name: string;
  /** Prepares DATA_DIR's state inside `dir`; returns DATA_DIR and the file that must stay as it was. */
  make(dir: string): Promise<{ dataDir: string; keep: string }>;
  logged: RegExp;
}

const damaged = DAMAGES.find((d) => d.name === 'a database whose pages were overwritten')!;
const dataDirIsAFile = BAD_FOLDERS.find((f) => f.name === 'DATA_DIR is a file')!;

const SETUPS: Setup[] = [
  {
    name: 'a damaged casebot.db',
    async make(dir) {
      const dataDir = join(dir, 'data');
      await mkdir(dataDir);
      await damaged.make(join(dataDir, 'casebot.db'));
      return { dataDir, keep: join(dataDir, 'casebot.db') };
    },
    logged: /restore it from a backup or move it aside/,
  },
  {
    name: 'a DATA_DIR that is a file',
    async make(dir) {
      const dataDir = dataDirIsAFile.make(dir);
      return { dataDir, keep: dataDir };
    },
    logged: /is a file, not a folder/,
  },
];

describe.each(SETUPS)('npm start with Slack configured and $name', (setup) => {
  let dir: string;
  let slackApi: FakeSlackApi;
  let run: CasebotProcess;
  let port: number;
  let dataDir: string;
  let keep: string;
  let before: Buffer;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'casebot-damaged-'));
    ({ dataDir, keep } = await setup.make(dir));
    before = snapshot(keep);
    slackApi = await startFakeSlackApi();
    port = await freePort();
    run = startCasebotProcess({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slackApi.apiUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      CACHE_DIR: join(dir, 'cache'),
    });
    await until(
      'casebot to run',
      () => (run.stderr().includes('casebot is running') ? true : undefined),
      30_000,
    );
  }, 40_000);

  afterAll(async () => {
    run.child.kill('SIGTERM');
    await run.exited;
    await slackApi.close();
    await rm(dir, { recursive: true, force: true });
  });

  const ask = async (text: string, name: string) => {
    const body = slashCommandBody({ text, responseUrl: slackApi.responseUrl(name) });
    const response = await sendToSlackApp(`http://127.0.0.1:${port}/slack/events`, body, 'form', {
      secret: SIGNING_SECRET,
    });
    return JSON.stringify(await slashAnswer(response, slackApi, name));
  };

  it('keeps running and logs one error naming the file, DATA_DIR and what to do', () => {
    expect(run.child.exitCode).toBeNull();
    const errors = run.logLines().filter((line) => line.level === 50);
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(error).toMatchObject({ file: join(dataDir, 'casebot.db'), variable: 'DATA_DIR' });
    expect(String(error!.msg)).toMatch(setup.logged);
    expect(String(error!.msg)).toContain(`DATA_DIR is "${dataDir}"`);
  });

  it('answers questions', async () => {
    expect(await ask('what has Korea done?', 'korea')).toContain('South Korea');
  });

  it('answers `digest list` and every other digest command: digests are disabled, and why', async () => {
    for (const [command, name] of [
      ['digest list', 'list'],
      ['digest subscribe daily 09:00', 'subscribe'],
    ] as const) {
      const answer = await ask(command, name);
      expect(answer).toContain('Digests are disabled');
      expect(answer).toMatch(/The digest database (is damaged|cannot be opened)/);
      expect(answer).not.toContain(dir);
    }
  });

  it('leaves the damaged file exactly as it was', () => {
    expect(snapshot(keep).equals(before)).toBe(true);
  });
});
