// Schemas for a business's settings: its public profile, opening hours, greeting and away message.
// The settings pages and the settings:update handler parse with the same rules.
import { z } from 'zod';
import { MEDIA_URL_PATTERN } from './catalog-admin.schema';
import { isStorable } from './text';

export const MAX_NAME_LENGTH = 80;
export const MAX_ABOUT_LENGTH = 139;
export const MAX_DESCRIPTION_LENGTH = 1000;
export const MAX_ADDRESS_LENGTH = 300;
export const MAX_AUTO_REPLY_LENGTH = 1000;
export const MAX_SPANS_PER_DAY = 4;
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';
export const WEEKDAYS = ['0', '1', '2', '3', '4', '5', '6'] as const;

const storable = (max: number, what: string) =>
  z
    .string()
    .refine(isStorable, 'This text cannot contain NUL characters or unpaired surrogates.')
    .transform((text) => text.trim())
    .refine((text) => text.length <= max, `${what} can be at most ${max} characters.`);

/** Zones this server's Intl knows, so every zone saved can be used to compute hours. */
export function isTimeZone(zone: string): boolean {
  if (zone === 'UTC') return true;
  return Intl.supportedValuesOf('timeZone').includes(zone);
}

const openTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'Use a time from 00:00 to 23:59.');
// 24:00 closes at midnight, so a late night can continue at 00:00 the next day.
const closeTime = z
  .string()
  .regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, 'Use a time from 00:01 to 24:00.');

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

const daySpans = z
  .array(z.tuple([openTime, closeTime]))
  .max(MAX_SPANS_PER_DAY, `A day can have at most ${MAX_SPANS_PER_DAY} opening times.`)
  .superRefine((spans, context) => {
    spans.forEach(([open, close], index) => {
      if (toMinutes(open) >= toMinutes(close)) {
        context.addIssue({
          code: 'custom',
          path: [index],
          message: 'The closing time must be after the opening time.',
        });
      }
    });
    const sorted = spans
      .map(([open, close], index) => ({ open: toMinutes(open), close: toMinutes(close), index }))
      .sort((a, b) => a.open - b.open);
    sorted.slice(1).forEach((span, i) => {
      const before = sorted[i];
      if (before && span.open < before.close) {
        context.addIssue({
          code: 'custom',
          path: [span.index],
          message: 'Opening times on one day cannot overlap.',
        });
      }
    });
  });

export const weeklyHoursSchema = z.strictObject({
  '0': daySpans,
  '1': daySpans,
  '2': daySpans,
  '3': daySpans,
  '4': daySpans,
  '5': daySpans,
  '6': daySpans,
});

export const timeZoneSchema = z
  .string()
  .max(64)
  .refine(isTimeZone, 'Choose a time zone from the list.');

/**
 * An image uploaded through POST /api/business/media (the service checks it is the business's
 * own), or "" for no avatar.
 */
export const mediaUrlSchema = z.union([
  z.literal(''),
  z.string().regex(MEDIA_URL_PATTERN, 'Upload an image first.'),
]);

const emailSchema = z
  .string()
  .trim()
  .max(254, 'An email address can be at most 254 characters.')
  .refine(
    (value) => value === '' || z.email().safeParse(value).success,
    'Enter a valid email address, or leave it empty.',
  );

const websiteSchema = z
  .string()
  .trim()
  .max(300, 'A website address can be at most 300 characters.')
  .refine(
    (value) => value === '' || /^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i.test(value),
    'Enter a web address starting with http:// or https://, or leave it empty.',
  );

const phoneSchema = z
  .string()
  .trim()
  .regex(
    /^(?:\+?[0-9][0-9 ()-]{4,28})?$/,
    'Enter a phone number of digits, spaces and +, or leave it empty.',
  );

/** Every setting. Updates send any subset of these fields; missing ones keep their stored value. */
export const settingsFieldsSchema = z.strictObject({
  name: storable(MAX_NAME_LENGTH, 'The name').refine(
    (name) => name.length > 0,
    'Enter the business name.',
  ),
  about: storable(MAX_ABOUT_LENGTH, 'About'),
  description: storable(MAX_DESCRIPTION_LENGTH, 'The description'),
  address: storable(MAX_ADDRESS_LENGTH, 'The address'),
  email: emailSchema,
  website: websiteSchema,
  phone: phoneSchema,
  avatarUrl: mediaUrlSchema,
  timezone: timeZoneSchema,
  hours: weeklyHoursSchema,
  greetingEnabled: z.boolean(),
  greetingText: storable(MAX_AUTO_REPLY_LENGTH, 'The greeting'),
  awayEnabled: z.boolean(),
  awayText: storable(MAX_AUTO_REPLY_LENGTH, 'The away message'),
  awayBanner: z.boolean(),
});

export const settingsGetInput = z.strictObject({});

export const settingsUpdateInput = settingsFieldsSchema
  .partial()
  .refine((input) => Object.keys(input).length > 0, 'Change at least one setting.');

/** What settings:get answers: the stored settings as they are (avatarUrl may predate uploads). */
export const businessSettingsSchema = settingsFieldsSchema.extend({
  avatarUrl: z.string(),
  businessId: z.uuid(),
  slug: z.string(),
  updatedAt: z.iso.datetime({ offset: true }),
});

export type SettingsFields = z.infer<typeof settingsFieldsSchema>;
export type SettingsUpdateInput = z.infer<typeof settingsUpdateInput>;
export type BusinessSettings = z.infer<typeof businessSettingsSchema>;
export type WeeklyHoursInput = z.infer<typeof weeklyHoursSchema>;
