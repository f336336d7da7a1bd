import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { OrdersView } from '@/components/business/orders/orders-view';
import { getCurrentAgent } from '@/lib/business/current-agent';
import { listOrders } from '@/lib/orders/order-list';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

const ORDERS_PAGE_SIZE = 25;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('businessOrders');
  return { title: t('title') };
}

export default async function OrdersPage() {
  // The layout shows the sign-in form instead; this page must not read orders for nobody.
  const agent = await getCurrentAgent();
  if (!agent) return null;
  const initial = await listOrders(getRuntime().store.db, agent.business_id, {
    limit: ORDERS_PAGE_SIZE,
  });
  return <OrdersView initial={initial} pageSize={ORDERS_PAGE_SIZE} />;
}
