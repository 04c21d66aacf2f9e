/**
 * Things people ask a chat bot to do with its answers that casebot has no feature for: each is
 * read as help on that topic (`help save`), answered with what casebot can do instead.
 */
export const ACTION_TOPICS = [
  'export',
  'save',
  'share',
  'remind',
  'report',
  'add',
  'print',
  'translate',
  'rate',
  'forget',
] as const;
export type ActionTopic = (typeof ACTION_TOPICS)[number];

export function isActionTopic(topic: string | undefined): topic is ActionTopic {
  return (ACTION_TOPICS as readonly (string | undefined)[]).includes(topic);
}
