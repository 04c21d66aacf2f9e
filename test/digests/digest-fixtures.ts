import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import type { ScheduleTimer } from '../../src/digests/create-digest-scheduler.js';
import {
  type DigestCase,
  type DigestMessage,
  DigestPostError,
  type DigestPoster,
} from '../../src/digests/digest-poster.js';
import type { CountryLookup } from '../../src/digests/parse-subscription.js';
import type { DigestKnowledge } from '../../src/digests/pick-digest-cases.js';
import type { DigestTarget } from '../../src/digests/subscription.js';
import type { Case } from '../../src/knowledge/case.js';

const COUNTRIES = [
  { code: 'FR', name: 'France', flag: '🇫🇷' },
  { code: 'US', name: 'United States', flag: '🇺🇸' },
  { code: 'DE', name: 'Germany', flag: '🇩🇪' },
  { code: 'FI', name: 'Finland', flag: '🇫🇮' },
];

/** A small stand-in for src/knowledge/countries, enough to test parsing and rendering. */
export const testCountries: CountryLookup = {
  resolveCountry(text) {
    const wanted = text.trim().toLowerCase();
    return COUNTRIES.find((c) => c.name.toLowerCase() === wanted || c.code.toLowerCase() === wanted)?.code;
  },
  suggestCountries(text, options = {}) {
    const wanted = text.trim().toLowerCase().slice(0, 3);
    return COUNTRIES.filter((c) => c.name.toLowerCase().startsWith(wanted))
      .map((c) => c.code)
      .slice(0, options.limit ?? 3);
  },
  getCountry(code) {
    return COUNTRIES.find((c) => c.code === code);
  },
};

export function makeCase(id: string, fields: Partial<Case> = {}): Case {
  return {
    id,
    title: `Case ${id}`,
    summary: `Summary of case ${id}.`,
    truncated: false,
    countries: ['FR'],
    tags: [],
    sources: [{ file: 'test.txt', line: 1 }],
    ...fields,
  };
}

/** Knowledge whose cases can change between ticks; topics match tags. */
export function makeKnowledge(cases: Case[]): DigestKnowledge & { set(cases: Case[]): void } {
  let current = cases;
  let version = 0;
  return {
    get knowledge() {
      return { cases: current, hash: `v${version}` };
    },
    matchCases({ country, topic }) {
      return current.filter(
        (c) => (!country || c.countries.includes(country)) && (!topic || c.tags.includes(topic)),
      );
    },
    set(next) {
      current = next;
      version += 1;
    },
  };
}

export interface FakeClock {
  now: () => Date;
  set(iso: string | Date): void;
  advance(ms: number): void;
}

export function fakeClock(start: string): FakeClock {
  let current = new Date(start);
  return {
    now: () => new Date(current.getTime()),
    set(iso) {
      current = new Date(iso);
    },
    advance(ms) {
      current = new Date(current.getTime() + ms);
    },
  };
}

/** Keeps the one pending timer; `fire()` runs it and waits for the tick and re-arming. */
export function fakeTimer(): ScheduleTimer & {
  pending?: { fn: () => Promise<void>; delayMs: number };
  fire(): Promise<void>;
} {
  const timer = Object.assign(
    (fn: () => Promise<void>, delayMs: number) => {
      const entry = { fn, delayMs };
      timer.pending = entry;
      return () => {
        if (timer.pending === entry) timer.pending = undefined;
      };
    },
    {
      pending: undefined as { fn: () => Promise<void>; delayMs: number } | undefined,
      async fire() {
        const entry = timer.pending;
        if (!entry) throw new Error('no timer armed');
        timer.pending = undefined;
        await entry.fn();
      },
    },
  );
  return timer;
}

export type FakeTimer = ReturnType<typeof fakeTimer>;

export interface PostCall {
  target: DigestTarget;
  message: DigestMessage;
  at: Date;
}

/**
 * A poster over an in-memory channel. `fail` queues errors for the next posts; `hang` makes
 * the next post never answer (a crash between claim and confirmation).
 */
export class FakePoster implements DigestPoster {
  readonly posts: PostCall[] = [];
  /** Messages in the channels, as findDelivery sees them. */
  readonly channel: Array<{ id: string; text: string }> = [];
  readonly finds: string[] = [];
  readonly failures: Error[] = [];
  findFailure?: DigestPostError;
  private hanging?: { reached: boolean; called: () => void };
  private next = 1;

  constructor(private readonly clock: { now: () => Date }) {}

  /**
   * The next post never answers, as if the process died mid-call; with `reached`, the message
   * got to the channel first. Resolves when that post is made.
   */
  hang(options: { reached: boolean }): Promise<void> {
    return new Promise((resolve) => {
      this.hanging = { reached: options.reached, called: resolve };
    });
  }

  fail(...errors: Error[]): this {
    this.failures.push(...errors);
    return this;
  }

  async post(target: DigestTarget, message: DigestMessage): Promise<{ messageId: string }> {
    this.posts.push({ target, message, at: this.clock.now() });
    const hanging = this.hanging;
    if (hanging) {
      this.hanging = undefined;
      if (hanging.reached) this.channel.push({ id: `m${this.next++}`, text: renderDigestText(message) });
      hanging.called();
      return new Promise(() => {});
    }
    const failure = this.failures.shift();
    if (failure) throw failure;
    const id = `m${this.next++}`;
    this.channel.push({ id, text: renderDigestText(message) });
    return { messageId: id };
  }

  async findDelivery(_target: DigestTarget, deliveryId: string): Promise<string | undefined> {
    this.finds.push(deliveryId);
    if (this.findFailure) throw this.findFailure;
    return this.channel.find((m) => m.text.includes(deliveryId))?.id;
  }
}

export { type RecordingLogger, recordingLogger } from '../support/recording-logger.js';
export { DigestPostError };

/** The DigestPostError a poster's promise rejects with (the test fails if it resolves or throws anything else). */
export async function postFailure(promise: Promise<unknown>): Promise<DigestPostError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DigestPostError);
  return err as DigestPostError;
}

/** A fresh folder for a database file; `remove()` deletes it. */
export function tempDir(): { dir: string; file: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'casebot-digests-'));
  return { dir, file: join(dir, 'casebot.db'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A row of the deliveries table, its slot as an ISO string. */
export interface DeliveryRow {
  id: string;
  subscription_id: string;
  scheduled_at: string;
  status: string;
  late: number;
  attempts: number;
  error: string | null;
  message_id: string | null;
}

/** The leases still held in a SQLite store file (name and holder). */
export function readLeases(file: string): { name: string; holder: string }[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare<[], { name: string; holder: string }>('SELECT name, holder FROM leases').all();
  } finally {
    db.close();
  }
}

/**
 * The deliveries, oldest slot first, read straight from a database file (not through the store
 * under test); only one subscription's with `subscriptionId`.
 */
export function readDeliveries(file: string, subscriptionId?: string): DeliveryRow[] {
  const db = new Database(file, { readonly: true });
  try {
    const where = subscriptionId === undefined ? '' : 'WHERE subscription_id = ?';
    return db
      .prepare<string[], Omit<DeliveryRow, 'scheduled_at'> & { scheduled_at: number }>(
        `SELECT id, subscription_id, scheduled_at, status, late, attempts, error, message_id FROM deliveries ${where} ORDER BY scheduled_at, id`,
      )
      .all(...(subscriptionId === undefined ? [] : [subscriptionId]))
      .map((row) => ({ ...row, scheduled_at: new Date(row.scheduled_at).toISOString() }));
  } finally {
    db.close();
  }
}

function renderDigestCase(item: DigestCase): string[] {
  const where = item.countries.map((country) => `${country.flag} ${country.name}`).join(', ');
  const facts = [where, item.year ? String(item.year) : ''].filter((fact) => fact !== '').join(', ');
  const head = `• ${item.title}${facts ? ` (${facts})` : ''}`;
  return [head, `  ${item.summary}`, ...(item.url ? [`  ${item.url}`] : [])];
}

/** A digest as plain text: what the fake channel holds, so findDelivery can search it. */
function renderDigestText(message: DigestMessage): string {
  const lines = [message.heading];
  if (message.notice) lines.push(message.notice);
  if (message.newCases.length > 0) {
    lines.push('', 'New');
    for (const item of message.newCases) lines.push(...renderDigestCase(item));
  }
  if (message.cases.length > 0) {
    lines.push('');
    if (message.newCases.length > 0) lines.push('More initiatives');
    for (const item of message.cases) lines.push(...renderDigestCase(item));
  }
  lines.push('', message.footer);
  return lines.join('\n');
}
