import type { ReplyContent } from '../replies/reply.js';
import { describeStatus } from '../status/describe-status.js';
import type { BotDeps } from './bot-deps.js';
import type { Intent } from './intent.js';

/**
 * `status`, for anyone: how this casebot is (knowledge, problems at load, adapters, digests,
 * store, uptime), from the running process. Without one (the console, `casebot ask`) it says
 * where the status of a running casebot is found.
 */
export async function handleStatus(
  intent: Extract<Intent, { type: 'status' }>,
  deps: BotDeps,
): Promise<ReplyContent> {
  const lines = deps.status
    ? describeStatus(await deps.status())
    : [
        `Knowledge: ${deps.cases.length} case${deps.cases.length === 1 ? '' : 's'} loaded here.`,
        'This is the console: no chat adapters, digests or store run in it. For a running casebot, ask “status” in Slack or Discord, or run `casebot status` on its machine.',
      ];
  return { type: 'message', intent, heading: 'casebot status', lines, cases: [], total: 0, actions: [] };
}
