import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConsoleChat } from '../../../adapters/cli/console-chat.js';
import { renderTerminal, stripTerminalControls, wrapLine } from '../../../adapters/cli/render.js';
import { type Bot, buildErrorReply, CONSOLE_CONTEXT } from '../../../src/index.js';
import { builtInBot } from '../../support/built-in-bot.js';

const run = promisify(execFile);
let workDir: string;

/** Runs the compiled CLI entry in a child process, as `npm run casebot -- …` does (dist/ is built by the global setup). */
async function casebot(
  args: string[],
  input?: string,
): Promise<{ stdout: string; stderr: string; code: number }> {
  const child = run(process.execPath, ['dist/adapters/cli/main.js', ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', CACHE_DIR: join(workDir, 'cache') },
    maxBuffer: 10_000_000,
  });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { stdout, stderr, code: 0 };
  } catch (err) {
    const failed = err as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'casebot-cli-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('casebot CLI', () => {
  it('ask --json prints the reply model with ISO country codes and its text', async () => {
    const { stdout, code } = await casebot(['ask', '--json', 'cases from Korea']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const reply = JSON.parse(lines[0]!);
    expect(reply.intent).toEqual({
      type: 'search',
      query: '',
      filters: { countries: ['KR'] },
      sort: 'newest',
      page: 1,
      country: 'KR',
    });
    expect(reply.total).toBe(3);
    expect(reply.cases[0]).toMatchObject({ countries: ['KR'], tags: expect.any(Array) });
    expect(reply.cases[0].id).toMatch(/^[a-z0-9]+$/);
    expect(reply.text).toContain('Cases from South Korea, newest first');
    // Only the person at the terminal sees it: nothing to share.
    expect(reply.visibility).toBe('private');
    expect(reply).not.toHaveProperty('shareCommand');
  });

  it('follows the conversation in a console session: a year filter narrows the last question', async () => {
    const { stdout, code } = await casebot(
      ['ask', '--json'],
      'digital government\nsince 2021\nnext\nhow many\n',
    );
    expect(code).toBe(0);
    const [first, since, next, counted] = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(first.intent).toMatchObject({ type: 'search', filters: { topic: 'Digital government' } });
    expect(since.intent).toEqual({
      type: 'search',
      query: '',
      filters: { topic: 'Digital government', years: { from: 2021 } },
      sort: 'relevance',
      page: 1,
    });
    expect(since.text).toContain('Digital government cases since 2021');
    expect(since.cases.length).toBeGreaterThan(0);
    for (const c of since.cases) {
      expect(c.year).toBeGreaterThanOrEqual(2021);
      expect(c.tags).toContain('Digital government');
    }
    expect(since.total).toBeLessThan(first.total);
    // One page only: "next" says it is the last one rather than starting over.
    expect(next.intent).toMatchObject({ filters: { years: { from: 2021 } }, page: 1 });
    expect(counted).toMatchObject({ type: 'counts', total: since.total });
  });

  it('ask without a message answers each stdin line, one JSON object per line', async () => {
    const { stdout, code } = await casebot(
      ['ask', '--json'],
      'mental health\nrandom\n\ncountries\ndigest list\n',
    );
    expect(code).toBe(0);
    const replies = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(replies.map((r) => r.intent.type)).toEqual(['search', 'random', 'help', 'count', 'digest']);
    // Every union in the model is tagged by `type`: buttons and digest commands too.
    expect(replies[1].actions.map((a: { type: string }) => a.type)).toEqual(['details', 'similar', 'random']);
    expect(replies[4].intent.command).toEqual({ type: 'list' });
  });

  it('export prints every case with its sources', async () => {
    const { stdout, code } = await casebot(['export']);
    expect(code).toBe(0);
    const cases = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(cases).toHaveLength(18);
    const shared = cases.filter((c) => c.sources.length === 2);
    expect(shared).toHaveLength(2);
  });

  it('check lists errors apart from warnings and exits 1 on errors only', async () => {
    const dir = join(workDir, 'broken');
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, 'cases.jsonl'),
      '{"summary":"A fine case about digital services in Estonia.","url":"www.eesti.example/x","year":"2019-2021"}\n{"title":"no summary"}\nnot json\n',
    );
    const { stdout, code } = await casebot(['check', '--knowledge', dir]);
    expect(code).toBe(1);
    const [errors, warnings] = stdout.split('Warnings');
    expect(errors).toMatch(/^Errors: skipped \(2\):/);
    expect(errors).toMatch(/cases\.jsonl, line 2, field summary: summary is required/);
    expect(errors).toMatch(/cases\.jsonl, line 3: invalid JSON/);
    expect(warnings).toMatch(
      /cases\.jsonl, line 1, field year: year "2019-2021" is a range; kept its start, 2019/,
    );
    expect(warnings).toMatch(/cases\.jsonl, line 1, field url: .*read as https:\/\/www\.eesti\.example\/x/);
    expect(stdout).toMatch(/1 case loaded, 2 errors, 2 warnings, 0 merges\.\n$/);
  });

  it('check exits 0 on warnings alone, and 1 with --strict', async () => {
    const dir = join(workDir, 'warnings');
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, 'cases.json'),
      JSON.stringify([{ summary: 'A case in Estonia.', url: 'intranet' }]),
    );
    const lenient = await casebot(['check', '--knowledge', dir]);
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(/field url: url "intranet" is not an http or https address; dropped/);
    expect(lenient.stdout).toContain('1 case loaded, 0 errors, 1 warning, 0 merges.');
    expect((await casebot(['check', '--strict', '--knowledge', dir])).code).toBe(1);
    // Two CLI starts in one test: a bound against hanging on a loaded machine, not a speed target.
  }, 60_000);

  it('check exits 0 on the built-in knowledge and reports its two merges', async () => {
    const { stdout, code } = await casebot(['check']);
    expect(stdout).toContain('18 cases loaded, 0 errors, 0 warnings, 2 merges.');
    expect(stdout).toMatch(
      /Merges \(2\):\n {2}2 records merged into case [0-9a-z]{8}: same summary \(opsi-listing-000\.txt line 14, opsi-listing-004\.txt line 12\)/,
    );
    expect(code).toBe(0);
  });

  it('explains a missing knowledge folder instead of crashing', async () => {
    const { stderr, code } = await casebot(['ask', '--knowledge', join(workDir, 'nope'), 'health']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/casebot: .*nope/);
  });
});

/** Anything a terminal would act on rather than show: C0, DEL, C1 and bidi overrides (test it without newlines). */
const TERMINAL_CONTROL = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

/** A case whose every text is hostile: terminal escapes, chat mentions, markdown, lunr syntax. */
const HOSTILE_CASE = {
  title: 'Evil \u001b]0;pwned\u0007\u001b[2J title @everyone <!channel>',
  summary:
    'A health summary with @here <!here> <@U123> <#C1> <@&123> **bold** [link](https://evil.example) ~^:*+- "q" 한국 العربية 🇰🇷, \u001b[31mred\u001b[0m, \u202eesrever, NUL\u0000 and bell\u0007.',
  countries: ['KR'],
  url: 'https://example.org/<!channel>|x',
  tags: ['<!here>', '@everyone'],
  organisation: '<@U999> org',
  level: '**lvl**',
};

describe('casebot CLI with hostile input', () => {
  it('answers every hostile message clearly and prints hostile knowledge without terminal controls', async () => {
    const dir = join(workDir, 'hostile');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'cases.json'), JSON.stringify([HOSTILE_CASE]));
    const messages = [
      'health',
      'foo~x php: --help +mental -health "unclosed title:AI^10 *',
      '@everyone @here <!channel> <@U123> <#C1> <@&123> **x** _y_ `z`',
      '한국 العربية 🇰🇷',
      'health '.repeat(1430),
    ];
    const { stdout, code } = await casebot(['ask', '--knowledge', dir], `${messages.join('\n')}\n`);
    expect(code).toBe(0);
    expect(stdout.replaceAll('\n', '')).not.toMatch(TERMINAL_CONTROL);
    expect(stdout).toContain('Evil ]0;pwned[2J title @everyone <!channel>');
    // Lunr syntax and other scripts are words like any other: the hostile case has them.
    // Punctuation between words is a space: the words are searched, never lunr's syntax.
    expect(stdout).toContain('Cases matching “foo x php mental health unclosed title AI”');
    // Mentions point at people and channels, never at what to search: only the rest is searched.
    expect(stdout).toContain('No cases matching “x y z”');
    // 한국 is South Korea in a message (never in case text): the other script is searched there.
    expect(stdout).toContain('matching “العربية” from South Korea');
    expect(stdout).toContain('That message is longer than 500 characters.');
  });

  it('drops terminal controls but keeps newlines, other scripts and emoji', () => {
    expect(stripTerminalControls('a\u001b[2Jb\tc\nd\u0085e\u202ef 한국 🇰🇷')).toBe('a[2Jb c\ndef 한국 🇰🇷');
  });
});

describe('console chat', () => {
  let bot: Bot;
  beforeAll(async () => {
    bot = await builtInBot();
  });

  it('greets with help, prompts, answers and quits', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    const done = runConsoleChat(bot, { input, output, interactive: true, width: 60 });
    input.end('what has Korea done?\nquit\nsearch never reached\n');
    await done;
    expect(text).toMatch(/^casebot: 18 public-sector innovation cases/);
    expect(text).toContain('casebot> ');
    expect(text).toContain('Cases from');
    expect(text).not.toContain('never reached');
    for (const line of text.split('\n')) {
      if (line.trim().includes(' ')) expect(line.length).toBeLessThanOrEqual(60 + 'casebot> '.length);
    }
  });

  it("shows the core's apology as plain text", () => {
    const apology = buildErrorReply(CONSOLE_CONTEXT);
    if (apology.type !== 'error') throw new Error('expected an error reply');
    expect(renderTerminal(apology, 100)).toBe(`${apology.heading}\n\n${apology.message}`);
  });

  it('wraps long lines at word boundaries, keeping indentation', () => {
    expect(wrapLine('  one two three four', 10)).toEqual(['  one two', '  three', '  four']);
  });

  it('renders every reply within the width', async () => {
    const reply = await bot.answer(`show ${bot.knowledge.cases[0]!.id}`);
    // A URL longer than the screen stays whole (and clickable) on a line of its own.
    for (const line of renderTerminal(reply, 50).split('\n')) {
      if (line.trim().includes(' ')) expect(line.length).toBeLessThanOrEqual(50);
    }
  });
});
