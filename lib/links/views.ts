// Store rows of links as the protocol's Link.
import type { Link } from '../protocol/links.schema';
import type { LinkActivity, LinkWithProduct } from '../store/link.repository';
import { toUtm } from './utm';

const NO_ACTIVITY = { opens: 0, conversations: 0, orders: 0 };

export function toLink(row: LinkWithProduct, activity?: LinkActivity): Link {
  const { opens, conversations, orders } = activity ?? NO_ACTIVITY;
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    sourceType: row.source_type,
    product:
      row.product_id && row.product_sku !== null && row.product_name !== null
        ? { id: row.product_id, sku: row.product_sku, name: row.product_name }
        : null,
    text: row.text,
    utm: toUtm(row),
    adId: row.ad_id,
    disabled: row.disabled_at !== null,
    createdAt: row.created_at.toISOString(),
    opens,
    conversations,
    orders,
  };
}
