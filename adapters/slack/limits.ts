// Slack's limits, enforced by the renderers (render.ts, render-digest.ts, block-kit.ts). Lengths
// are UTF-16 code units, never fewer than the characters Slack counts.

/** Slack refuses a message with more blocks than this. */
export const SLACK_MAX_BLOCKS = 50;
/** Section block `text`. */
export const SLACK_MAX_SECTION_TEXT = 3000;
/** Header block text (plain_text). */
export const SLACK_MAX_HEADER_TEXT = 150;
/** Elements of a context block. */
export const SLACK_MAX_CONTEXT_ELEMENTS = 10;
/** Each context element's text: Slack allows 3,000 for text objects; context stays short. */
export const SLACK_MAX_CONTEXT_TEXT = 2000;
/** Button label (plain_text). */
export const SLACK_MAX_BUTTON_TEXT = 75;
/** Button `value`, which carries the command to replay. */
export const SLACK_MAX_BUTTON_VALUE = 2000;
/** Elements of an actions block. */
export const SLACK_MAX_ACTIONS_ELEMENTS = 25;
/** `action_id` and `block_id`. */
export const SLACK_MAX_ID = 255;
/** Top-level `text` (Slack cuts at 40,000; notifications and screen readers need far less). */
export const SLACK_MAX_FALLBACK_TEXT = 3000;
/** The whole message as JSON (text and blocks): our own budget, well under Slack's limits. */
export const SLACK_MESSAGE_BUDGET = 16_000;

// Views (App Home, modals): render-app-home.ts, search-modal.ts.
/** Slack refuses a home tab or modal with more blocks than this. */
export const SLACK_MAX_VIEW_BLOCKS = 100;
/** Options of a `static_select`. */
export const SLACK_MAX_SELECT_OPTIONS = 100;
/** An option's text (plain_text). */
export const SLACK_MAX_OPTION_TEXT = 75;
/** An option's `value`, which carries the command to run. */
export const SLACK_MAX_OPTION_VALUE = 150;
/** A menu's placeholder (plain_text). */
export const SLACK_MAX_PLACEHOLDER = 150;
/** A modal's title, submit and close labels (plain_text). */
export const SLACK_MAX_MODAL_TITLE = 24;
/** An input block's label (plain_text). */
export const SLACK_MAX_INPUT_LABEL = 2000;
/** The whole view as JSON: our own budget, far under what Slack takes. */
export const SLACK_VIEW_BUDGET = 60_000;
/** A confirmation dialog's title (plain_text). */
export const SLACK_MAX_CONFIRM_TITLE = 100;
/** A confirmation dialog's text. */
export const SLACK_MAX_CONFIRM_TEXT = 300;
/** A confirmation dialog's confirm and deny labels (plain_text). */
export const SLACK_MAX_CONFIRM_BUTTON = 30;
