// Reading and changing a business's settings. Every change of one update is checked against the
// settings it would produce, then written in one statement under a lock on the business row.
import type { Kysely, Transaction } from 'kysely';
import { AppError, type PayloadIssue } from '../protocol/errors';
import type {
  BusinessSettings,
  SettingsUpdateInput,
  WeeklyHoursInput,
} from '../protocol/settings.schema';
import {
  findBusinessById,
  lockBusiness,
  updateBusiness,
  type BusinessSettingsUpdate,
} from '../store/business.repository';
import { listOwnMediaIds } from '../store/media.repository';
import type { BusinessRow, Database, WeeklyHours } from '../store/schema';

/** Every weekday present, so forms and clients need not guess what a missing day means. */
export function fullWeek(hours: WeeklyHours): WeeklyHoursInput {
  const day = (key: string) => [...(hours[key] ?? [])];
  return {
    '0': day('0'),
    '1': day('1'),
    '2': day('2'),
    '3': day('3'),
    '4': day('4'),
    '5': day('5'),
    '6': day('6'),
  };
}

export function toBusinessSettings(row: BusinessRow): BusinessSettings {
  return {
    businessId: row.id,
    slug: row.slug,
    name: row.name,
    about: row.about,
    description: row.description,
    address: row.address,
    email: row.email,
    website: row.website,
    phone: row.phone,
    avatarUrl: row.avatar_url,
    timezone: row.timezone,
    hours: fullWeek(row.hours),
    greetingEnabled: row.greeting_enabled,
    greetingText: row.greeting_text,
    awayEnabled: row.away_enabled,
    awayText: row.away_text,
    awayBanner: row.away_banner,
    updatedAt: row.updated_at.toISOString(),
  };
}

/** Rules across fields, checked on the settings as they would be after the change. */
export function crossFieldIssues(settings: BusinessSettings): PayloadIssue[] {
  const issues: PayloadIssue[] = [];
  if (settings.greetingEnabled && !settings.greetingText.trim()) {
    issues.push({ path: 'greetingText', message: 'Write a greeting, or turn the greeting off.' });
  }
  if (settings.awayEnabled && !settings.awayText.trim()) {
    issues.push({ path: 'awayText', message: 'Write an away message, or turn it off.' });
  }
  return issues;
}

function toColumns(changes: SettingsUpdateInput): BusinessSettingsUpdate {
  const columns: BusinessSettingsUpdate = {
    name: changes.name,
    about: changes.about,
    description: changes.description,
    address: changes.address,
    email: changes.email,
    website: changes.website,
    phone: changes.phone,
    avatar_url: changes.avatarUrl,
    timezone: changes.timezone,
    hours: changes.hours && JSON.stringify(changes.hours),
    greeting_enabled: changes.greetingEnabled,
    greeting_text: changes.greetingText,
    away_enabled: changes.awayEnabled,
    away_text: changes.awayText,
    away_banner: changes.awayBanner,
  };
  // Only what was sent is written, so two agents saving different pages do not undo each other.
  return Object.fromEntries(
    Object.entries(columns).filter(([, value]) => value !== undefined),
  ) as BusinessSettingsUpdate;
}

export async function getBusinessSettings(
  db: Kysely<Database>,
  businessId: string,
): Promise<BusinessSettings> {
  const row = await findBusinessById(db, businessId);
  if (!row) throw new AppError('NOT_FOUND', 'This business does not exist.');
  return toBusinessSettings(row);
}

async function isOwnMedia(
  trx: Transaction<Database>,
  businessId: string,
  url: string,
): Promise<boolean> {
  const id = url.slice('/media/'.length);
  return (await listOwnMediaIds(trx, businessId, [id])).has(id);
}

/** Applies a parsed update; invalid together → INVALID_PAYLOAD with field issues, nothing saved. */
export async function updateBusinessSettings(
  db: Kysely<Database>,
  businessId: string,
  changes: SettingsUpdateInput,
): Promise<BusinessSettings> {
  return db.transaction().execute(async (trx) => {
    const current = await lockBusiness(trx, businessId);
    if (!current) throw new AppError('NOT_FOUND', 'This business does not exist.');
    const issues = crossFieldIssues({ ...toBusinessSettings(current), ...changes });
    if (changes.avatarUrl && !(await isOwnMedia(trx, businessId, changes.avatarUrl))) {
      issues.push({ path: 'avatarUrl', message: 'Upload this image to your business first.' });
    }
    if (issues.length)
      throw new AppError('INVALID_PAYLOAD', 'Invalid settings:update payload.', issues);
    return toBusinessSettings(await updateBusiness(trx, businessId, toColumns(changes)));
  });
}
