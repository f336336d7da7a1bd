// The referral a shopper's arrival through a click-to-chat link becomes: modelled on the
// Click-to-WhatsApp referral object, carried by the first message after the arrival and kept with
// the orders sent while it was current. Agents see it (inbox and conversation); it is never sent
// to shoppers, so the click ids in it reach only the business the conversation belongs to.
import { z } from 'zod';

export const sourceTypes = ['ad', 'post', 'link', 'qr'] as const;
export const sourceTypeSchema = z.enum(sourceTypes);

/** Limits of the link parameters a landing accepts; longer values are cut, never refused. */
export const LINK_PARAM_LIMITS = {
  text: 1000,
  utm: 100,
  adId: 100,
  ref: 64,
  clickId: 500,
} as const;

export const utmSchema = z.object({
  source: z.string(),
  medium: z.string(),
  campaign: z.string(),
  content: z.string(),
  term: z.string(),
});

export const referralSchema = z.object({
  id: z.uuid(),
  sourceType: sourceTypeSchema,
  /** The ad id for ads, else the short link's code or the `ref` given; '' when none. */
  sourceId: z.string(),
  /** The link the shopper arrived through (campaign fields kept, click ids left out). */
  sourceUrl: z.string(),
  /** The link's name (e.g. "Batik sale"), or utm_content for a link not made in the builder. */
  headline: z.string(),
  /** The link's prefilled text. */
  body: z.string(),
  /** The linked product's image, when the link named one. */
  mediaUrl: z.string().nullable(),
  ref: z.string(),
  adId: z.string(),
  utm: utmSchema,
  /** Click ids: stored with the conversation only, sent only to that business's agents. */
  clickIds: z.object({ fbclid: z.string().nullable(), ctwaClid: z.string().nullable() }),
  landedAt: z.iso.datetime({ offset: true }),
  /** The seq of the shopper's message that carried it; null until the shopper writes. */
  messageSeq: z.int().positive().nullable(),
});

export type SourceType = z.infer<typeof sourceTypeSchema>;
export type Referral = z.infer<typeof referralSchema>;
