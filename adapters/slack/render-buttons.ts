import type { CaseHit, Reply, ReplyAction } from '../../src/index.js';
import { actionsBlocks, button } from './block-kit.js';
import { escapeMrkdwn } from './escape.js';
import { SLACK_MAX_ACTIONS_ELEMENTS } from './limits.js';
import type { SlackBlock, SlackButton } from './payload.js';

/** The buttons' part of the message budget (a button's value may hold a 2,000-character command). */
const BUTTONS_BUDGET = 6000;

/** Buttons' and menus' `action_id`s: `casebot_<kind>_<n>`, unique within a message. */
export const ACTION_ID_PATTERN =
  /^casebot_(more|previous|random|details|similar|relax|alternative|example|share|filter|compare)_\d+$/;
export type ButtonKind = ReplyAction['type'] | 'share' | 'filter' | 'compare';

/** Which of our buttons an `action_id` names, or `undefined` for anything else. */
export function parseActionId(actionId: string): ButtonKind | undefined {
  const match = ACTION_ID_PATTERN.exec(actionId);
  return match ? (match[1] as ButtonKind) : undefined;
}

/** Slack refuses an empty button label. */
const DEFAULT_LABELS: Record<ReplyAction['type'], string> = {
  more: 'More results',
  previous: 'Previous',
  random: 'Another random case',
  details: 'Details',
  similar: 'Similar',
  relax: 'Broader',
  alternative: 'Or this',
  example: 'Try this',
};

function labelOf(action: ReplyAction): string {
  return escapeMrkdwn(action.label).trim() === '' ? DEFAULT_LABELS[action.type] : action.label;
}

/** As many buttons as fit one actions block and the buttons' share of the budget; Share always fits. */
function fitButtons(buttons: (SlackButton | undefined)[], share: SlackButton | undefined): SlackButton[] {
  const kept: SlackButton[] = [];
  let room = BUTTONS_BUDGET - (share ? JSON.stringify(share).length : 0);
  for (const b of buttons) {
    if (b === undefined) continue;
    const cost = JSON.stringify(b).length + 1;
    if (kept.length >= SLACK_MAX_ACTIONS_ELEMENTS - (share ? 1 : 0) || cost > room) break;
    kept.push(b);
    room -= cost;
  }
  return share ? [...kept, share] : kept;
}

/** The buttons of one reply, with `action_id`s unique within its message. */
export interface ReplyButtons {
  /**
   * A listed case's own button (Details beside its title, Similar under it), when the reply
   * offers one: it is then not repeated below.
   */
  forCase(c: CaseHit, kind: 'details' | 'similar'): SlackButton | undefined;
  /** The reply's other actions, then "Share in channel" when it has a `shareCommand`. */
  blocks(): SlackBlock[];
}

/** Ids are numbered in the order buttons are asked for: each case's own, then the rest. */
export function createReplyButtons(reply: Reply): ReplyButtons {
  let counter = 0;
  const nextId = (kind: ButtonKind) => `casebot_${kind}_${counter++}`;
  const attached = new Set<ReplyAction>();
  return {
    forCase(c, kind) {
      const command = `${kind === 'details' ? 'show' : 'similar'} ${c.id}`;
      const action = reply.actions.find(
        (a) =>
          a.type === kind &&
          !attached.has(a) &&
          (a.caseId === c.id || (a.caseId === undefined && a.command.trim() === command)),
      );
      if (!action) return undefined;
      attached.add(action);
      return button(labelOf(action), action.command, nextId(kind));
    },
    blocks() {
      const buttons = reply.actions
        .filter((a) => !attached.has(a))
        .map((a) => button(labelOf(a), a.command, nextId(a.type)));
      const share =
        reply.shareCommand === undefined
          ? undefined
          : button('Share in channel', reply.shareCommand, nextId('share'), true);
      return actionsBlocks(fitButtons(buttons, share));
    },
  };
}
