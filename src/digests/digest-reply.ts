import type { DigestCommand } from '../intents/intent.js';
import type { Case } from '../knowledge/case.js';
import type { CaseHit, DigestScope, ReplyContent } from '../replies/reply.js';
import { SUBSCRIBE_EXAMPLE } from './digest-command-deps.js';
import type { DigestTarget } from './subscription.js';

export interface DigestReplyBody {
  heading: string;
  lines: string[];
  /** Whom it concerns: the channel sees `channel` replies where it can, `asker` ones never. */
  scope: DigestScope;
  cases?: Case[];
  /** The id of the one digest it is about: what "pause it" after it pauses. */
  about?: string;
}

function toHit({ sources: _sources, truncated, ...rest }: Case): CaseHit {
  return truncated ? { ...rest, truncated: true } : rest;
}

/** A `digest` reply: plain data; the core decides from its scope who sees it. */
export function digestReply(command: DigestCommand, body: DigestReplyBody): ReplyContent {
  const cases = (body.cases ?? []).map(toHit);
  const { heading, lines, scope } = body;
  return {
    type: 'digest',
    intent: { type: 'digest', command },
    heading,
    lines,
    scope,
    cases,
    total: cases.length,
    actions: [],
    ...(body.about ? { about: body.about } : {}),
  };
}

/** The channel has no digest to list, preview or change: how to start one. */
export function noDigestsReply(command: DigestCommand, scope: DigestScope): ReplyContent {
  return digestReply(command, {
    heading: 'No digests in this channel',
    lines: [`Start one with: ${SUBSCRIBE_EXAMPLE}`],
    scope,
  });
}

/** Why a change was refused, in the words of the platform's permission rule. */
export function manageRefusal(platform: DigestTarget['platform']): string {
  return platform === 'discord'
    ? 'Only members with Manage Channels or Manage Server can change digests in this channel.'
    : 'Only members of this channel can change its digests (or, where the workspace set SLACK_DIGEST_MANAGERS, the people it lists).';
}

/** What `digest help` says; `defaultTimezone` is DIGEST_TZ. */
export function digestHelpLines(defaultTimezone: string): string[] {
  const lines = [
    `digest subscribe <schedule> [country <name>] [topic <words>] [count <1-10>] [tz <zone>]: post initiatives here on a schedule. <schedule> is daily [HH:MM], weekly [mon…sun] [HH:MM] or cron "<5 fields>"; defaults: 09:00, Monday, 3 cases, ${defaultTimezone}.`,
    'Example: digest subscribe weekly mon 09:00 country France topic health count 3 tz Europe/Paris',
    'digest list: this channel’s digests, their next run and last post.',
    'digest info [id]: who set a digest up and when, its next post and the cases it last posted.',
    'digest preview [id]: what the next digest would post (only you see it).',
    'digest pause [id] · digest resume [id] · digest unsubscribe [id] (without an id: the channel’s only digest)',
    'Anyone can list and preview; changing digests needs the right to manage the channel.',
  ];
  return lines;
}
