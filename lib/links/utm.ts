// The five campaign fields as the store keeps them (one column each) and as the protocol sends them.
import type { z } from 'zod';
import type { utmSchema } from '../protocol/referral.schema';

export type Utm = z.infer<typeof utmSchema>;

interface UtmColumns {
  utm_source: string;
  utm_medium: string;
  utm_campaign: string;
  utm_content: string;
  utm_term: string;
}

export function toUtm(row: UtmColumns): Utm {
  return {
    source: row.utm_source,
    medium: row.utm_medium,
    campaign: row.utm_campaign,
    content: row.utm_content,
    term: row.utm_term,
  };
}
