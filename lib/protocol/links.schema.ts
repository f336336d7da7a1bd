// Schemas for the link builder: click-to-chat links a business makes for an ad, a post, a link in
// a bio or a QR code, each with a short code. The builder's form and the server check the same.
import { z } from 'zod';
import { LINK_PARAM_LIMITS, sourceTypeSchema, utmSchema } from './referral.schema';
import { isStorable } from './text';

export const MAX_LINK_NAME = 100;
export const MAX_LINK_PAGE = 100;
/** Short codes: letters and digits only, as the store's check allows. */
export const SHORT_CODE_PATTERN = /^[A-Za-z0-9]{4,16}$/;

const id = z.uuid();

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/** Trimmed text of at most `max` characters; `singleLine` also refuses line breaks and tabs. */
function linkText(label: string, max: number, { singleLine = true } = {}) {
  return z
    .string()
    .refine(isStorable, `${label} cannot contain NUL characters or unpaired surrogates.`)
    .refine(
      (value) => !singleLine || !CONTROL_CHARACTERS.test(value),
      `${label} must be one line of text.`,
    )
    .transform((value) => value.trim())
    .pipe(z.string().max(max, `${label} can be at most ${max} characters.`));
}

const linkName = linkText('A link name', MAX_LINK_NAME).pipe(
  z.string().min(1, 'Give the link a name.'),
);
const utmField = (label: string) => linkText(label, LINK_PARAM_LIMITS.utm).default('');

export const linkCreateInput = z.strictObject({
  name: linkName,
  sourceType: sourceTypeSchema,
  /** A product of the business's own catalog, opened when the chat opens. */
  productId: id.nullable().default(null),
  /** Prefilled in the shopper's composer; never sent by itself. */
  text: linkText('The prefilled text', LINK_PARAM_LIMITS.text, { singleLine: false }).default(''),
  utmSource: utmField('utm_source'),
  utmMedium: utmField('utm_medium'),
  utmCampaign: utmField('utm_campaign'),
  utmContent: utmField('utm_content'),
  utmTerm: utmField('utm_term'),
  adId: linkText('The ad id', LINK_PARAM_LIMITS.adId).default(''),
});

/** Rename, disable or enable: only the fields sent change. */
export const linkUpdateInput = z
  .strictObject({ linkId: id, name: linkName.optional(), disabled: z.boolean().optional() })
  .refine((input) => input.name !== undefined || input.disabled !== undefined, {
    message: 'Give a new name, a new state or both.',
  });

export const linkListInput = z.strictObject({
  /** The id of the last link of the previous page: links made before it follow. */
  before: id.optional(),
  limit: z.int().min(1).max(MAX_LINK_PAGE).default(50),
});

export const linkSchema = z.object({
  id,
  code: z.string().regex(SHORT_CODE_PATTERN),
  name: z.string(),
  sourceType: sourceTypeSchema,
  /** The product the link opens; null when none was chosen or it was deleted since. */
  product: z.object({ id, sku: z.string(), name: z.string() }).nullable(),
  text: z.string(),
  utm: utmSchema,
  adId: z.string(),
  disabled: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
  /** Arrivals through the link, conversations they began or joined, and orders sent after. */
  opens: z.int().min(0),
  conversations: z.int().min(0),
  orders: z.int().min(0),
});

export const linkListSchema = z.object({
  links: z.array(linkSchema),
  /** Pass as `before` for the next page; null when this was the last. */
  nextBefore: id.nullable(),
});

export type LinkCreateInput = z.infer<typeof linkCreateInput>;
export type LinkCreateFields = z.input<typeof linkCreateInput>;
export type LinkUpdateInput = z.infer<typeof linkUpdateInput>;
export type LinkListInput = z.infer<typeof linkListInput>;
export type Link = z.infer<typeof linkSchema>;
export type LinkList = z.infer<typeof linkListSchema>;
