import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bot, createCasebot } from '../../src/index.js';

describe('search in other scripts', () => {
  let dir: string;
  let bot: Bot;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'casebot-scripts-'));
    await writeFile(
      join(dir, 'cases.jsonl'),
      [
        {
          title: '한국 디지털 정부',
          summary: '서울시는 시민 참여 플랫폼을 만들었다. 한국의 디지털 혁신 사례.',
        },
        { title: 'بوابة الحكومة', summary: 'منصة رقمية للخدمات العامة في الأردن' },
        { title: 'Open budget', summary: 'Estonia publishes its budget as open data.' },
      ]
        .map((record) => JSON.stringify(record))
        .join('\n'),
    );
    bot = await createCasebot({ knowledgeDir: dir });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['search 디지털', '한국 디지털 정부'],
    ['search 시민', '한국 디지털 정부'],
    ['search رقمية', 'بوابة الحكومة'],
    ['search budget', 'Open budget'],
  ])('%s finds %s', async (question, title) => {
    const reply = await bot.answer(question);
    expect(reply.cases[0]?.title).toBe(title);
  });
});
