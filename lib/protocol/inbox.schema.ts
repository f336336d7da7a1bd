// Schemas for the inbox's own events: labels, quick replies, and the filters of conversation:list.
import { z } from 'zod';
import { isStorable } from './text';

export const MAX_LABELS = 20;
export const MAX_LABEL_NAME_LENGTH = 40;
export const MAX_QUICK_REPLIES = 100;
export const MAX_SHORTCUT_LENGTH = 32;
export const MAX_QUICK_REPLY_LENGTH = 1000;
export const MAX_SHOPPER_NAME_LENGTH = 60;

/** Colours are keys into a fixed palette; the client maps each to its own classes. */
export const labelColors = [
  'gray',
  'red',
  'orange',
  'amber',
  'green',
  'teal',
  'blue',
  'indigo',
  'purple',
  'pink',
] as const;

const id = z.uuid();

/** Trimmed text of `min`–`max` characters with nothing the store cannot hold. */
function cleanText(what: string, min: number, max: number) {
  return z
    .string()
    .refine(isStorable, `${what} cannot contain NUL characters or unpaired surrogates.`)
    .transform((text) => text.trim())
    .refine((text) => text.length >= min, `${what} cannot be empty.`)
    .refine((text) => text.length <= max, `${what} can be at most ${max} characters.`);
}

export const labelColor = z.enum(labelColors, {
  error: `A colour is one of: ${labelColors.join(', ')}.`,
});
export const labelName = cleanText('A label name', 1, MAX_LABEL_NAME_LENGTH);

export const quickReplyShortcut = z
  .string()
  .regex(
    new RegExp(`^[A-Za-z0-9_-]{1,${MAX_SHORTCUT_LENGTH}}$`),
    `A shortcut is 1 to ${MAX_SHORTCUT_LENGTH} letters, digits, "-" or "_".`,
  );
export const quickReplyText = cleanText('A quick reply', 1, MAX_QUICK_REPLY_LENGTH);

export const labelCreateInput = z.strictObject({ name: labelName, color: labelColor });
export const labelUpdateInput = z
  .strictObject({ labelId: id, name: labelName.optional(), color: labelColor.optional() })
  .refine((input) => input.name !== undefined || input.color !== undefined, {
    message: 'Give a name, a colour or both.',
  });
export const labelDeleteInput = z.strictObject({ labelId: id });
export const labelListInput = z.strictObject({});

export const conversationLabelInput = z.strictObject({
  conversationId: id,
  labelId: id,
  action: z.enum(['add', 'remove']),
});

export const conversationRenameInput = z.strictObject({
  conversationId: id,
  /** Empty clears the name, and the inbox shows the short id again. */
  shopperName: z
    .string()
    .refine(isStorable, 'A name cannot contain NUL characters or unpaired surrogates.')
    .transform((name) => name.trim())
    .refine(
      (name) => name.length <= MAX_SHOPPER_NAME_LENGTH,
      `A name can be at most ${MAX_SHOPPER_NAME_LENGTH} characters.`,
    ),
});

export const quickReplyCreateInput = z.strictObject({
  shortcut: quickReplyShortcut,
  text: quickReplyText,
});
export const quickReplyUpdateInput = z
  .strictObject({
    quickReplyId: id,
    shortcut: quickReplyShortcut.optional(),
    text: quickReplyText.optional(),
  })
  .refine((input) => input.shortcut !== undefined || input.text !== undefined, {
    message: 'Give a shortcut, a text or both.',
  });
export const quickReplyDeleteInput = z.strictObject({ quickReplyId: id });
export const quickReplyListInput = z.strictObject({});

export const labelSchema = z.object({ id, name: z.string(), color: labelColor });

export const quickReplySchema = z.object({
  id,
  shortcut: z.string(),
  text: z.string(),
  updatedAt: z.iso.datetime({ offset: true }),
});

/** What ConversationSummary adds for the inbox. */
export const inboxDetailsSchema = z.object({
  /** The business's own name for the shopper, or null: show a short id then. */
  shopperName: z.string().nullable(),
  labels: z.array(labelSchema),
  pendingOrderCount: z.int().min(0),
});

export type LabelColor = z.infer<typeof labelColor>;
export type Label = z.infer<typeof labelSchema>;
export type QuickReply = z.infer<typeof quickReplySchema>;
export type InboxDetails = z.infer<typeof inboxDetailsSchema>;
export type LabelCreateInput = z.infer<typeof labelCreateInput>;
export type LabelUpdateInput = z.infer<typeof labelUpdateInput>;
export type ConversationLabelInput = z.infer<typeof conversationLabelInput>;
export type ConversationRenameInput = z.infer<typeof conversationRenameInput>;
export type QuickReplyCreateInput = z.infer<typeof quickReplyCreateInput>;
export type QuickReplyUpdateInput = z.infer<typeof quickReplyUpdateInput>;
