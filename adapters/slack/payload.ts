export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji: true;
}

export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
  /** Stops Slack from auto-linking names and URLs found in the text: only our own links render. */
  verbatim: true;
}

/** Slack's dialog asking the person to confirm before a click is sent. */
export interface SlackConfirm {
  title: PlainText;
  text: PlainText;
  confirm: PlainText;
  deny: PlainText;
  style: 'danger';
}

export interface SlackButton {
  type: 'button';
  action_id: string;
  text: PlainText;
  value: string;
  style?: 'primary' | 'danger';
  confirm?: SlackConfirm;
}

/** One choice of a menu: Slack shows `text`, and sends back `value` when it is chosen. */
export interface SlackOption {
  text: PlainText;
  value: string;
}

/** A menu of fixed choices; choosing one is a `block_actions` with `selected_option`. */
export interface SlackStaticSelect {
  type: 'static_select';
  action_id: string;
  placeholder: PlainText;
  options: SlackOption[];
}

/** The blocks casebot sends: a narrow, exactly typed subset of Block Kit. */
export type SlackBlock =
  | { type: 'header'; block_id?: string; text: PlainText }
  | { type: 'section'; block_id?: string; text: Mrkdwn; accessory?: SlackButton }
  | { type: 'context'; block_id?: string; elements: Mrkdwn[] }
  | { type: 'actions'; block_id?: string; elements: (SlackButton | SlackStaticSelect)[] }
  | { type: 'divider'; block_id?: string };

/** What every reply renders to: `text` is the notification and screen-reader fallback. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}
