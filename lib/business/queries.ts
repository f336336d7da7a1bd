// Business look-ups for pages, through the process's one store.
import { cache } from 'react';
import { getRuntime } from '../runtime';
import { findBusinessBySlug, listBusinesses } from '../store/business.repository';
import { toBusinessProfile, type BusinessProfile } from './profile';

/** The business's row, read once per render however many parts of the page ask. */
export const getBusinessRow = cache((slug: string) =>
  findBusinessBySlug(getRuntime().store.db, slug),
);

export const getBusinessProfile = cache(async (slug: string): Promise<BusinessProfile | null> => {
  const row = await getBusinessRow(slug);
  return row ? toBusinessProfile(row) : null;
});

export async function getBusinessDirectory(): Promise<BusinessProfile[]> {
  const rows = await listBusinesses(getRuntime().store.db);
  return rows.map(toBusinessProfile);
}
