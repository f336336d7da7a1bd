import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { ChatScreen } from '@/components/chat/chat-screen';
import { getBusinessProfile } from '@/lib/business/queries';
import { greetingPreview } from '@/lib/chat/greeting-preview';
import { isInAppBrowser } from '@/lib/client/pwa/in-app-browser';
import { chatPreviewMetadata } from '@/lib/links/preview-metadata';
import type { SearchParams } from '@/lib/links/landing';
import { recordLanding } from '@/lib/links/referral.service';
import { getRuntime } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

interface ChatPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<SearchParams>;
}

/** The link preview: the business's card, or a product's when ?product= names one it shows. */
export async function generateMetadata({ params, searchParams }: ChatPageProps): Promise<Metadata> {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  return chatPreviewMetadata(slug, query.product);
}

export default async function ChatPage({ params, searchParams }: ChatPageProps) {
  const [{ slug }, query, requestHeaders] = await Promise.all([params, searchParams, headers()]);
  const userAgent = requestHeaders.get('user-agent');
  const [business, greeting, { landing, arrival }] = await Promise.all([
    getBusinessProfile(slug),
    greetingPreview(slug),
    recordLanding(getRuntime().store.db, { slug, query, userAgent }),
  ]);
  if (!business) notFound();
  return (
    <ChatScreen
      business={business}
      productSku={landing.productSku}
      prefill={landing.text}
      arrival={arrival}
      inAppBrowser={isInAppBrowser(userAgent ?? '')}
      greetingPreview={greeting}
    />
  );
}
