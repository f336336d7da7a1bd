// What a shopper may see of a business: its public profile.
import type { BusinessRow, WeeklyHours } from '../store/schema';

export interface BusinessProfile {
  slug: string;
  name: string;
  about: string;
  description: string;
  address: string;
  email: string;
  website: string;
  phone: string;
  avatarUrl: string;
  timezone: string;
  hours: WeeklyHours;
  /** Show "We're away — we'll reply at …" above the composer outside `hours` in `timezone`. */
  awayBanner: boolean;
}

export function toBusinessProfile(row: BusinessRow): BusinessProfile {
  return {
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
    hours: row.hours,
    awayBanner: row.away_banner,
  };
}
