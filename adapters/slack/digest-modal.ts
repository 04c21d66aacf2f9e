import { checkDigestForm, type DigestFormMistake } from '../shared/digest-form.js';

/** The modal's `callback_id`; its `private_metadata` names the channel the digest is for. */
export const DIGEST_MODAL_CALLBACK_ID = 'casebot_digest_setup';
/** Slack's longest `plain_text_input`; ours are far shorter. */
const FIELD_MAX_LENGTH = 100;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The blocks of the form: one input per part of `digest subscribe`. */
type DigestField = 'schedule' | 'day' | 'time' | 'tz' | 'country' | 'topic' | 'count';

const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true as const });
const option = (text: string, value: string) => ({ text: plain(text), value });

function textInput(field: DigestField, label: string, placeholder: string) {
  return {
    type: 'input',
    block_id: field,
    optional: true,
    label: plain(label),
    element: {
      type: 'plain_text_input',
      action_id: field,
      max_length: FIELD_MAX_LENGTH,
      placeholder: plain(placeholder),
    },
  };
}

/** The digest setup form (`views.open`), for the channel `channelId`. */
export function renderDigestModal(channelId: string) {
  const weekly = option('Weekly', 'weekly');
  const monday = option(DAY_NAMES[0] ?? 'Monday', 'mon');
  return {
    type: 'modal' as const,
    callback_id: DIGEST_MODAL_CALLBACK_ID,
    private_metadata: JSON.stringify({ channelId }),
    title: plain('Set up a digest'),
    submit: plain('Subscribe'),
    close: plain('Cancel'),
    blocks: [
      {
        type: 'input',
        block_id: 'schedule',
        label: plain('How often'),
        element: {
          type: 'static_select',
          action_id: 'schedule',
          initial_option: weekly,
          options: [option('Daily', 'daily'), weekly],
        },
      },
      {
        type: 'input',
        block_id: 'day',
        optional: true,
        label: plain('Day (weekly digests)'),
        element: {
          type: 'static_select',
          action_id: 'day',
          initial_option: monday,
          options: DAYS.map((day, i) => option(DAY_NAMES[i] ?? day, day)),
        },
      },
      {
        type: 'input',
        block_id: 'time',
        label: plain('Time'),
        element: { type: 'timepicker', action_id: 'time', initial_time: '09:00' },
      },
      textInput('tz', 'Time zone', 'e.g. Europe/Paris (default: the server’s DIGEST_TZ)'),
      textInput('country', 'Only cases from this country', 'e.g. Korea'),
      textInput('topic', 'Only cases on this topic', 'e.g. digital inclusion'),
      textInput('count', 'Cases per digest', '1 to 10 (default 3)'),
    ],
  };
}

/** What Slack sends of a submitted view: `view.state.values[block][action]`. */
export interface SubmittedValues {
  [block: string]: {
    [action: string]: {
      value?: string | null;
      selected_time?: string | null;
      selected_option?: { value: string } | null;
    };
  };
}

type DigestFormResult =
  | { type: 'valid'; args: string }
  | { type: 'invalid'; errors: Partial<Record<DigestField, string>> };

/** A schedule mistake belongs under the select, the day or the time picker, by what is wrong. */
function slackField(mistake: DigestFormMistake): DigestField {
  if (mistake.field !== 'schedule') return mistake.field;
  return mistake.code === 'bad-time' ? 'time' : mistake.code === 'bad-day' ? 'day' : 'schedule';
}

/**
 * The form's answers as the arguments of `digest subscribe`, checked as every digest form is
 * (`checkDigestForm`), or the mistakes by field, for Slack to show under each
 * (`response_action: errors`).
 */
export function readDigestForm(values: SubmittedValues, now: Date): DigestFormResult {
  const text = (field: DigestField) => (values[field]?.[field]?.value ?? '').trim();
  const schedule = values.schedule?.schedule?.selected_option?.value === 'daily' ? 'daily' : 'weekly';
  const day = values.day?.day?.selected_option?.value ?? '';
  const time = values.time?.time?.selected_time ?? '';
  const checked = checkDigestForm(
    {
      schedule: [schedule, schedule === 'weekly' ? day : '', time].filter((p) => p !== '').join(' '),
      country: text('country'),
      topic: text('topic'),
      count: text('count'),
      tz: text('tz'),
    },
    now,
  );
  if (checked.type === 'valid') return checked;
  const errors: Partial<Record<DigestField, string>> = {};
  for (const mistake of checked.mistakes) errors[slackField(mistake)] ??= mistake.message;
  return { type: 'invalid', errors };
}
