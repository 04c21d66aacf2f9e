import type { Case } from '../knowledge/case.js';
import type { CaseMenu } from '../replies/reply.js';
import type { BotDeps } from './bot-deps.js';
import { formatCommand } from './format-command.js';

/**
 * Cases a shown case offers to compare with: its most alike, as many as a person weighs at a
 * glance, and fewer than any platform's menu holds (Discord 25, Slack 100).
 */
export const MAX_COMPARE_OPTIONS = 10;

/**
 * "Compare with…" on a shown case: the cases most like it (by content, as "Similar" finds
 * them), each with the command that compares the two; none when nothing is like it.
 */
export function buildCompareMenu(shown: Case, deps: BotDeps): CaseMenu | undefined {
  const options = deps
    .similar()
    .toCase(shown.id, MAX_COMPARE_OPTIONS)
    .flatMap((related) => {
      const other = deps.byId.get(related.id);
      if (other === undefined || other.id === shown.id) return [];
      return [
        {
          key: other.id,
          label: other.title,
          command: formatCommand({ type: 'compare', ids: [shown.id, other.id] }),
        },
      ];
    });
  return options.length > 0 ? { placeholder: 'Compare with…', options } : undefined;
}
