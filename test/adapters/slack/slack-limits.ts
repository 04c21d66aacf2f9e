import fc from 'fast-check';
import {
  SLACK_MAX_ACTIONS_ELEMENTS,
  SLACK_MAX_BLOCKS,
  SLACK_MAX_BUTTON_TEXT,
  SLACK_MAX_BUTTON_VALUE,
  SLACK_MAX_CONFIRM_BUTTON,
  SLACK_MAX_CONFIRM_TEXT,
  SLACK_MAX_CONFIRM_TITLE,
  SLACK_MAX_CONTEXT_ELEMENTS,
  SLACK_MAX_CONTEXT_TEXT,
  SLACK_MAX_FALLBACK_TEXT,
  SLACK_MAX_HEADER_TEXT,
  SLACK_MAX_ID,
  SLACK_MAX_INPUT_LABEL,
  SLACK_MAX_MODAL_TITLE,
  SLACK_MAX_OPTION_TEXT,
  SLACK_MAX_OPTION_VALUE,
  SLACK_MAX_PLACEHOLDER,
  SLACK_MAX_SECTION_TEXT,
  SLACK_MAX_SELECT_OPTIONS,
  SLACK_MAX_VIEW_BLOCKS,
  SLACK_MESSAGE_BUDGET,
  SLACK_VIEW_BUDGET,
} from '../../../adapters/slack/limits.js';
import type { SlackMessage } from '../../../adapters/slack/payload.js';
import { hostilePiece } from '../../support/hostile-text.js';

/** Text of at most about `maxLength` characters: any string, or hostile pieces strung together. */
export const hostileText = (maxLength: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc
      .array(fc.oneof(hostilePiece, fc.string({ maxLength: 8 })), {
        maxLength: Math.max(1, Math.floor(maxLength / 4)),
      })
      .map((parts) => parts.join('')),
  );

interface AnyElement {
  type: string;
  text?: unknown;
  action_id?: string;
  value?: string;
  placeholder?: { text: string };
  options?: { text: { text: string }; value: string }[];
  confirm?: ConfirmNode;
}

type ConfirmNode = Record<'title' | 'text' | 'confirm' | 'deny', { text: string } | undefined>;

/** A confirmation dialog's four texts, each present, not blank and within its limit. */
function confirmProblems(confirm: ConfirmNode): string[] {
  const limits = {
    title: SLACK_MAX_CONFIRM_TITLE,
    text: SLACK_MAX_CONFIRM_TEXT,
    confirm: SLACK_MAX_CONFIRM_BUTTON,
    deny: SLACK_MAX_CONFIRM_BUTTON,
  } as const;
  return Object.entries(limits).flatMap(([field, max]) => {
    const text = confirm[field as keyof typeof limits]?.text ?? '';
    return text.length > max || text.trim() === '' ? [`confirm ${field}`] : [];
  });
}

/** A `static_select`'s limits: 1 to 100 options, each with text and a value within theirs. */
function selectProblems(select: AnyElement): string[] {
  const problems: string[] = [];
  const options = select.options ?? [];
  if (options.length < 1 || options.length > SLACK_MAX_SELECT_OPTIONS)
    problems.push(`options: ${options.length}`);
  const placeholder = select.placeholder?.text ?? '';
  if (placeholder.trim() === '' || placeholder.length > SLACK_MAX_PLACEHOLDER) problems.push('placeholder');
  for (const o of options) {
    if (o.text.text.trim() === '' || o.text.text.length > SLACK_MAX_OPTION_TEXT)
      problems.push(`option text ${o.text.text.length}`);
    if (o.value.trim() === '' || o.value.length > SLACK_MAX_OPTION_VALUE) problems.push('option value');
  }
  const values = options.map((o) => o.value);
  if (new Set(values).size !== values.length) problems.push('option values not unique');
  return problems;
}

/** Every Slack limit block-kit.ts names; returns what broke, so a failure says which. */
export function limitProblems(message: SlackMessage): string[] {
  const problems: string[] = [];
  const { blocks } = message;
  if (blocks.length < 1 || blocks.length > SLACK_MAX_BLOCKS) problems.push(`blocks: ${blocks.length}`);
  if (JSON.stringify(message).length > SLACK_MESSAGE_BUDGET) problems.push('message over budget');
  if (message.text.length > SLACK_MAX_FALLBACK_TEXT || message.text.trim() === '')
    problems.push(`fallback text: ${message.text.length}`);
  const blockIds = blocks.map((b) => b.block_id);
  if (new Set(blockIds).size !== blockIds.length || blockIds.some((id) => !id || id.length > SLACK_MAX_ID))
    problems.push('block ids not unique');
  const buttons: AnyElement[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'header':
        if (block.text.text.length > SLACK_MAX_HEADER_TEXT || block.text.text.trim() === '')
          problems.push('header');
        break;
      case 'section':
        if (block.text.text.length > SLACK_MAX_SECTION_TEXT || block.text.text.trim() === '')
          problems.push('section');
        if (block.accessory) buttons.push(block.accessory);
        break;
      case 'context':
        if (block.elements.length < 1 || block.elements.length > SLACK_MAX_CONTEXT_ELEMENTS)
          problems.push('context');
        for (const e of block.elements)
          if (e.text.length > SLACK_MAX_CONTEXT_TEXT || e.text.trim() === '') problems.push('context text');
        break;
      case 'actions':
        if (block.elements.length < 1 || block.elements.length > SLACK_MAX_ACTIONS_ELEMENTS)
          problems.push('actions');
        buttons.push(...block.elements);
        break;
      case 'divider':
        break;
    }
  }
  for (const b of buttons) {
    if (!b.action_id || b.action_id.length > SLACK_MAX_ID) problems.push('action id');
    if (b.confirm) problems.push(...confirmProblems(b.confirm));
    if (b.type === 'static_select') {
      problems.push(...selectProblems(b));
      continue;
    }
    const label = (b.text as { text: string }).text;
    if (label.length > SLACK_MAX_BUTTON_TEXT || label.trim() === '')
      problems.push(`button text ${label.length}`);
    if (!b.value || b.value.length > SLACK_MAX_BUTTON_VALUE) problems.push('button value');
    if (!b.action_id || b.action_id.length > SLACK_MAX_ID) problems.push('action id');
  }
  const actionIds = buttons.map((b) => b.action_id);
  if (new Set(actionIds).size !== actionIds.length) problems.push('action ids not unique');
  return problems;
}

/** Every text Slack would parse as markup: top-level text and every text object. */
export function markupTexts(message: SlackMessage): string[] {
  const texts = [message.text];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      if ((obj.type === 'mrkdwn' || obj.type === 'plain_text') && typeof obj.text === 'string')
        texts.push(obj.text);
      else Object.values(obj).forEach(walk);
    }
  };
  walk(message.blocks);
  return texts;
}

/**
 * What is left of a text once the markup a renderer may emit itself is taken out: links to
 * http(s) URLs (no `<`, `>`, `|` or space in the URL, no `<` or `>` in the label), and the
 * mention of `sharedBy` when it is a Slack user id. Anything else with `<`, `>` or a bare `&`
 * could become a mention or a link.
 */
export function withoutOwnMarkup(text: string, sharedBy?: string): string {
  const rest = text.replace(/<https?:\/\/[^<>|\s]+\|[^<>]*>/g, '');
  // The test's own idea of a user id, not the adapter's, so a looser adapter check is caught.
  return sharedBy && /^[UW][A-Z0-9]{2,20}$/.test(sharedBy) ? rest.split(`<@${sharedBy}>`).join('') : rest;
}

/**
 * Problems with a message's markup: an unescaped `<`, `>` or `&` outside casebot's own links
 * and the mention of the user who shared it (`sharedBy`).
 */
export function markupProblems(message: SlackMessage, sharedBy?: string): string[] {
  return markupTexts(message).flatMap((t) => {
    const rest = withoutOwnMarkup(t, sharedBy);
    if (/[<>]/.test(rest)) return [`markup in: ${rest.slice(0, 80)}`];
    if (rest.replace(/&(amp|lt|gt);/g, '').includes('&')) return [`bare & in: ${rest.slice(0, 80)}`];
    return [];
  });
}

interface ViewNode {
  type?: string;
  text?: { text?: string } | string;
  block_id?: string;
  action_id?: string;
  value?: string;
  label?: { text: string };
  element?: ViewNode;
  accessory?: ViewNode;
  elements?: ViewNode[];
  options?: { text: { text: string }; value: string }[];
  confirm?: ConfirmNode;
}

/**
 * Every Slack limit of a view (App Home tab or modal) limits.ts names: blocks, the view's size,
 * unique block and action ids, texts, buttons, menus and their options, modal titles.
 */
export function viewLimitProblems(view: {
  type: string;
  blocks: unknown[];
  title?: { text: string };
  submit?: { text: string };
  close?: { text: string };
  private_metadata?: string;
}): string[] {
  const problems: string[] = [];
  const blocks = view.blocks as ViewNode[];
  if (blocks.length < 1 || blocks.length > SLACK_MAX_VIEW_BLOCKS) problems.push(`blocks: ${blocks.length}`);
  if (JSON.stringify(view).length > SLACK_VIEW_BUDGET) problems.push('view over budget');
  // Slack's limit on `private_metadata`.
  if ((view.private_metadata ?? '').length > 3000) problems.push('private_metadata');
  for (const label of [view.title, view.submit, view.close])
    if (label && (label.text.length > SLACK_MAX_MODAL_TITLE || label.text.trim() === ''))
      problems.push(`modal label ${label.text}`);
  const blockIds = blocks.flatMap((b) => (b.block_id === undefined ? [] : [b.block_id]));
  if (new Set(blockIds).size !== blockIds.length || blockIds.some((id) => id.length > SLACK_MAX_ID))
    problems.push('block ids');
  const elements: ViewNode[] = [];
  for (const block of blocks) {
    const text = typeof block.text === 'object' ? (block.text.text ?? '') : '';
    if (block.type === 'header' && (text.length > SLACK_MAX_HEADER_TEXT || text.trim() === ''))
      problems.push('header');
    if (block.type === 'section' && (text.length > SLACK_MAX_SECTION_TEXT || text.trim() === ''))
      problems.push('section');
    if (block.type === 'context') {
      const items = block.elements ?? [];
      if (items.length < 1 || items.length > SLACK_MAX_CONTEXT_ELEMENTS) problems.push('context');
      for (const e of items) {
        const t = typeof e.text === 'string' ? e.text : '';
        if (t.length > SLACK_MAX_CONTEXT_TEXT || t.trim() === '') problems.push('context text');
      }
    }
    if (block.type === 'actions') {
      const items = block.elements ?? [];
      if (items.length < 1 || items.length > SLACK_MAX_ACTIONS_ELEMENTS) problems.push('actions');
      elements.push(...items);
    }
    if (block.type === 'input') {
      if (!block.label || block.label.text.length > SLACK_MAX_INPUT_LABEL) problems.push('input label');
      if (block.element) elements.push(block.element);
    }
    if (block.accessory) elements.push(block.accessory);
  }
  for (const e of elements) {
    if (!e.action_id || e.action_id.length > SLACK_MAX_ID) problems.push('action id');
    if (e.type === 'button') {
      const label = typeof e.text === 'object' ? (e.text.text ?? '') : '';
      if (label.length > SLACK_MAX_BUTTON_TEXT || label.trim() === '') problems.push('button text');
      if (!e.value || e.value.length > SLACK_MAX_BUTTON_VALUE) problems.push('button value');
    }
    if (e.confirm) problems.push(...confirmProblems(e.confirm));
    if (e.type === 'static_select') {
      const options = e.options ?? [];
      if (options.length < 1 || options.length > SLACK_MAX_SELECT_OPTIONS)
        problems.push(`options: ${options.length}`);
      if (new Set(options.map((o) => o.value)).size !== options.length) problems.push('option values repeat');
      for (const o of options) {
        if (o.text.text.length > SLACK_MAX_OPTION_TEXT || o.text.text.trim() === '')
          problems.push('option text');
        if (o.value.length > SLACK_MAX_OPTION_VALUE || o.value === '') problems.push('option value');
      }
    }
  }
  const actionIds = elements.map((e) => e.action_id);
  if (new Set(actionIds).size !== actionIds.length) problems.push('action ids not unique');
  return problems;
}
