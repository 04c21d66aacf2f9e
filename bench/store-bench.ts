// `npx tsx bench/store-bench.ts [operations]`: the store's answer-path operations on SQLite and
// on PostgreSQL, in one run. SQLite is the reference; PostgreSQL's round trip (ping) is the floor.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { type Bot, createCasebot } from '../src/index.js';
import { redactDatabaseUrl } from '../src/store/database-url.js';
import { openPostgresStore } from '../src/store/postgres-store.js';
import { openSqliteStore } from '../src/store/sqlite-store.js';
import type { Store } from '../src/store/store.js';
import { startPostgresServer } from '../test/support/postgres-server.js';
import { formatMs } from './render-core-bench.js';
import { type LatencySummary, summariseLatencies } from './stats.js';

export const DEFAULT_OPERATIONS = 2_000;
/** Operations of each kind before timing starts (JIT, connections, statement plans). */
const WARM_UP = 200;
const CONVERSATIONS = 500;
const TTL_MS = 30 * 60_000;

const OPERATIONS = [
  'answer',
  'claim',
  'context put',
  'context get',
  'conversation set',
  'conversation get',
  'ping',
] as const;
type Operation = (typeof OPERATIONS)[number];
type Timings = Record<Operation, number[]>;

/** A reply's context as a Discord button would keep it: a few ids and the query. */
const CONTEXT = {
  query: 'digital inclusion',
  filters: { country: 'KR', since: 2020 },
  caseIds: ['opsi-1', 'opsi-22', 'opsi-333'],
  page: 2,
};

async function timed(samples: number[], work: () => Promise<unknown>): Promise<void> {
  const started = performance.now();
  await work();
  samples.push(performance.now() - started);
}

/**
 * One pass of every operation `count` times, in the order an answer uses them; then `answer`:
 * a whole answer as an adapter gives it on this store (claim the event, the bot's answer to a
 * question over the built-in knowledge, the context of its buttons).
 */
async function pass(store: Store, bot: Bot, count: number, tag: string, timings: Timings): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    const conversation = `slack:T1:C1:U${i % CONVERSATIONS}`;
    const question = QUESTIONS[i % QUESTIONS.length] ?? 'help';
    await timed(timings.answer, async () => {
      if (!(await store.claims.claim(`slack:event:${tag}:answer:${i}`, TTL_MS))) return;
      const reply = await bot.answer(question);
      await store.contexts.put({ question, reply: reply.type }, TTL_MS);
    });
    await timed(timings.claim, () => store.claims.claim(`slack:event:${tag}:${i}`, TTL_MS));
    await timed(timings['conversation get'], () => store.conversations.get(conversation));
    let id = '';
    await timed(timings['context put'], async () => {
      id = await store.contexts.put(CONTEXT, TTL_MS);
    });
    await timed(timings['context get'], () => store.contexts.get(id));
    await timed(timings['conversation set'], () => store.conversations.set(conversation, CONTEXT, TTL_MS));
    await timed(timings.ping, () => store.ping());
  }
}

/** Questions of every kind the answer path sees: topics, countries, a typo, a case, help. */
const QUESTIONS = [
  'digital inclusion',
  'cases from Korea',
  'mental helth',
  'what has Uruguay done since 2020?',
  'random',
  'countries',
  'help',
  'participatory budgeting in cities',
];

const empty = (): Timings => Object.fromEntries(OPERATIONS.map((op) => [op, []])) as unknown as Timings;

/** A database of the bench's own: on the server `given` (or TEST_DATABASE_URL) names, or on one started for the run. */
async function benchDatabase(
  given = process.env.TEST_DATABASE_URL?.trim() || undefined,
): Promise<{ url: string; server: string; close(): Promise<void> }> {
  const server = given ? undefined : await startPostgresServer();
  const admin = given ?? server!.url;
  const name = `casebot_bench_${randomBytes(4).toString('hex')}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    server: server
      ? `PostgreSQL ${server.version} (${server.binaries.source} binaries) on 127.0.0.1, started in ${formatMs(server.startMs)}`
      : `PostgreSQL at ${redactDatabaseUrl(admin)}`,
    async close() {
      await run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await server?.stop();
    },
  };
}

function row(label: string, sqlite: LatencySummary, postgres: LatencySummary): string {
  const cells = [sqlite.p50, sqlite.p99, postgres.p50, postgres.p99].map((ms) => formatMs(ms).padStart(12));
  const ratio = `${(postgres.p99 / sqlite.p99).toFixed(1)}×`.padStart(8);
  return `  ${label.padEnd(18)}${cells.join('')}${ratio}`;
}

export async function runStoreBench(
  options: { operations?: number; postgresUrl?: string; quiet?: boolean } = {},
): Promise<string[]> {
  const count = options.operations ?? DEFAULT_OPERATIONS;
  const out: string[] = [];
  const say = (line: string) => {
    out.push(line);
    if (!options.quiet) process.stdout.write(`${line}\n`);
  };
  const dir = mkdtempSync(join(tmpdir(), 'casebot-store-bench-'));
  const database = await benchDatabase(options.postgresUrl);
  const stores: Record<'sqlite' | 'postgres', Store | undefined> = { sqlite: undefined, postgres: undefined };
  try {
    stores.sqlite = openSqliteStore({ file: join(dir, 'casebot.db') });
    stores.postgres = await openPostgresStore({ url: database.url });
    const bot = await createCasebot({ knowledgeDir: 'knowledge', random: () => 0.5 });
    const timings = { sqlite: empty(), postgres: empty() };
    await pass(stores.sqlite, bot, WARM_UP, 'warm', empty());
    await pass(stores.postgres, bot, WARM_UP, 'warm', empty());
    // Rounds in the order A, B, B, A, so that drift in the machine's load weighs on both alike.
    const half = Math.ceil(count / 2);
    for (const [round, kind] of (['sqlite', 'postgres', 'postgres', 'sqlite'] as const).entries()) {
      await pass(stores[kind]!, bot, half, `r${round}`, timings[kind]);
    }
    say('');
    say(
      `Store: answer-path operations, ${half * 2} of each per backend, one at a time; SQLite is the reference`,
    );
    say(
      `  ${''.padEnd(18)}${['SQLite p50', 'SQLite p99', 'PG p50', 'PG p99'].map((h) => h.padStart(12)).join('')}${'p99 ×'.padStart(8)}`,
    );
    for (const op of OPERATIONS) {
      say(
        row(
          op === 'ping' ? 'ping (round trip)' : op === 'answer' ? 'whole answer' : op,
          summariseLatencies(timings.sqlite[op]),
          summariseLatencies(timings.postgres[op]),
        ),
      );
    }
    say(
      `  ${database.server}; ${CONVERSATIONS} conversations, contexts of ${JSON.stringify(CONTEXT).length} bytes`,
    );
    return out;
  } finally {
    for (const store of Object.values(stores)) await store?.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const operations = Number(process.argv[2] ?? DEFAULT_OPERATIONS);
  await runStoreBench({
    operations: Number.isFinite(operations) && operations > 0 ? operations : DEFAULT_OPERATIONS,
  });
}
