import type { FakeSlackApi } from './fake-slack-api.js';

/**
 * A slash command's answer wherever casebot sent it: in the acknowledgement when it was ready
 * within SLACK_ANSWER_IN_ACK_MS, else at the response_url `id` (read once: pass the response
 * unread).
 */
export async function slashAnswer(
  res: Response,
  fake: FakeSlackApi,
  id: string,
  timeoutMs = 10_000,
): Promise<Record<string, unknown>> {
  if (res.status !== 200) throw new Error(`the slash command was answered ${res.status}`);
  const ack = await res.text();
  if (ack !== '') return JSON.parse(ack) as Record<string, unknown>;
  const call = await fake.waitFor((c) => c.kind === 'respond' && c.name === id, timeoutMs);
  return call.body;
}
