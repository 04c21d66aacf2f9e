import {
  type APIModalInteractionResponseCallbackData,
  LabelBuilder,
  ModalBuilder,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import type { DigestFormField, DigestFormValues } from '../shared/digest-form.js';
import { truncate } from '../shared/truncate.js';

/** Discord's limits on a modal (interaction response type 9). */
export const DISCORD_MAX_MODAL_COMPONENTS = 5;
export const DISCORD_MAX_MODAL_TITLE = 45;
export const DISCORD_MAX_INPUT_LABEL = 45;

/** The modal's custom_id; the channel is the interaction's own, so nothing else rides in it. */
export const DIGEST_MODAL_ID = 'casebot:digest-form';
/** What a typed field may hold: as the slash command's options, far under Discord's 4000. */
const FIELD_MAX_LENGTH = 100;

interface InputSpec {
  field: DigestFormField;
  label: string;
  placeholder: string;
  required: boolean;
}

/** One text input per part of `digest subscribe`, in the order the command takes them. */
export const DIGEST_INPUTS: readonly InputSpec[] = [
  {
    field: 'schedule',
    label: 'When',
    placeholder: 'daily 09:00 · weekly mon 09:00 · cron "0 9 * * 1"',
    required: true,
  },
  { field: 'country', label: 'Only cases from this country', placeholder: 'e.g. Korea', required: false },
  {
    field: 'topic',
    label: 'Only cases on this topic',
    placeholder: 'e.g. digital inclusion',
    required: false,
  },
  { field: 'count', label: 'Cases per digest', placeholder: '1 to 10 (default 3)', required: false },
  {
    field: 'tz',
    label: 'Time zone',
    placeholder: 'e.g. Europe/Paris (default: the server’s DIGEST_TZ)',
    required: false,
  },
];

/** The label a mistake is shown under, so that the private answer names the field as the form does. */
export function labelOf(field: DigestFormField): string {
  return DIGEST_INPUTS.find((input) => input.field === field)?.label ?? field;
}

/** The digest form, pre-filled with what was typed last time (a value Discord refused is cut to fit). */
export function renderDigestModal(
  prefill: Partial<DigestFormValues> = {},
): APIModalInteractionResponseCallbackData {
  // Label components (type 18) replace the action rows discord.js deprecates for modals.
  const labels = DIGEST_INPUTS.slice(0, DISCORD_MAX_MODAL_COMPONENTS).map(
    ({ field, label, placeholder, required }) => {
      const input = new TextInputBuilder()
        .setCustomId(field)
        .setStyle(TextInputStyle.Short)
        .setPlaceholder(placeholder)
        .setRequired(required)
        .setMaxLength(FIELD_MAX_LENGTH);
      const value = prefill[field]?.trim();
      if (value) input.setValue(truncate(value, FIELD_MAX_LENGTH));
      return new LabelBuilder()
        .setLabel(truncate(label, DISCORD_MAX_INPUT_LABEL))
        .setTextInputComponent(input);
    },
  );
  return new ModalBuilder()
    .setCustomId(DIGEST_MODAL_ID)
    .setTitle(truncate('Set up a digest', DISCORD_MAX_MODAL_TITLE))
    .setLabelComponents(...labels)
    .toJSON();
}
