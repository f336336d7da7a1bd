import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { ChatScreen } from '@/components/chat/chat-screen';
import { getBusinessProfile } from '@/lib/business/queries';
import { greetingPreview } from '@/lib/chat/greeting-preview';
import { isInAppBrowser } from '@/lib/client/pwa/in-app-browser';

export const dynamic = 'force-dynamic';

interface ChatPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ [key: string]: string | string[] | undefined }>;
}

// A SKU from a shared link: short, and only the characters SKUs are made of.
const SKU = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

function productSku(value: string | string[] | undefined): string | null {
  return typeof value === 'string' && SKU.test(value) ? value : null;
}

export async function generateMetadata({ params }: ChatPageProps): Promise<Metadata> {
  const business = await getBusinessProfile((await params).slug);
  if (!business) return {};
  return { title: business.name, description: business.about };
}

export default async function ChatPage({ params, searchParams }: ChatPageProps) {
  const [{ slug }, query, requestHeaders] = await Promise.all([params, searchParams, headers()]);
  const [business, greeting] = await Promise.all([getBusinessProfile(slug), greetingPreview(slug)]);
  if (!business) notFound();
  return (
    <ChatScreen
      business={business}
      productSku={productSku(query.product)}
      inAppBrowser={isInAppBrowser(requestHeaders.get('user-agent') ?? '')}
      greetingPreview={greeting}
    />
  );
}
