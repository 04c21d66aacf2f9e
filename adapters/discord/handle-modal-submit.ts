import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type ButtonInteraction,
  ButtonStyle,
  type ChatInputCommandInteraction,
  ComponentType,
  MessageFlags,
  type ModalSubmitInteraction,
} from 'discord.js';
import { manageRefusal } from '../../src/index.js';
import {
  checkDigestForm,
  type DigestFormCheck,
  type DigestFormField,
  type DigestFormMistake,
  type DigestFormValues,
} from '../shared/digest-form.js';
import { truncate } from '../shared/truncate.js';
import { interactionContext } from './chat-context.js';
import { DIGEST_INPUTS, labelOf, renderDigestModal } from './digest-modal.js';
import { escapeMarkdown } from './escape.js';
import type { HandlerDeps } from './handler-deps.js';
import { DISCORD_MAX_CONTENT } from './limits.js';

/** The custom_id of "Open the form again": the key of what was typed, kept in the store. */
export const FORM_BUTTON_PREFIX = 'casebot:digest-form#';
const FIELDS: readonly DigestFormField[] = DIGEST_INPUTS.map((input) => input.field);

/**
 * Opens the digest form, pre-filled when it is opened again. Only those who may manage the
 * channel's digests get it (the rule the typed command follows), so that nobody types a form
 * the core would refuse.
 */
export async function openDigestForm(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  deps: Pick<HandlerDeps, 'buttons'>,
): Promise<void> {
  const ctx = interactionContext(interaction, { type: 'slash-command' });
  if (!ctx.canManageDigests) {
    await interaction.reply({ content: manageRefusal('discord'), flags: MessageFlags.Ephemeral });
    return;
  }
  const key = interaction.isButton() ? interaction.customId.slice(FORM_BUTTON_PREFIX.length) : '';
  // A form whose answers expired opens empty rather than failing.
  const kept = key === '' ? undefined : await deps.buttons.recall(key);
  await interaction.showModal(renderDigestModal(kept ?? {}));
}

/** What was typed in the form, and whether the core accepts it. */
export function readDigestSubmission(
  interaction: ModalSubmitInteraction,
  now: Date,
): { values: DigestFormValues; check: DigestFormCheck } {
  const values = Object.fromEntries(FIELDS.map((field) => [field, typedIn(interaction, field)]));
  const typed = values as DigestFormValues;
  return { values: typed, check: checkDigestForm(typed, now) };
}

/** A field's value; an empty one when a stale or tampered form lacks it (never an exception). */
function typedIn(interaction: ModalSubmitInteraction, field: DigestFormField): string {
  try {
    return interaction.fields.getTextInputValue(field);
  } catch {
    return '';
  }
}

/**
 * Discord modals cannot show a mistake under its field: the submitter gets a private answer
 * naming each wrong field and what to type, with a button that opens the form again filled in
 * with what they typed.
 */
export async function answerFormMistakes(
  interaction: ModalSubmitInteraction,
  values: DigestFormValues,
  mistakes: DigestFormMistake[],
  deps: Pick<HandlerDeps, 'buttons'>,
): Promise<void> {
  const key = await deps.buttons.remember({ ...values });
  await interaction.reply({
    content: renderFormMistakes(mistakes),
    components: [reopenRow(key)],
    flags: MessageFlags.Ephemeral,
    allowedMentions: { parse: [] },
  });
}

export function renderFormMistakes(mistakes: DigestFormMistake[]): string {
  const lines = mistakes.map(
    (mistake) => `• **${labelOf(mistake.field)}**: ${escapeMarkdown(mistake.message)}`,
  );
  const text = ['**The digest is not set up yet.** Fix these and submit the form again:', ...lines];
  return truncate(text.join('\n'), DISCORD_MAX_CONTENT);
}

function reopenRow(key: string): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Primary,
        label: 'Open the form again',
        custom_id: `${FORM_BUTTON_PREFIX}${key}`,
      },
    ],
  };
}
