import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChatScreen } from '@/components/chat/chat-screen';
import { getBusinessProfile } from '@/lib/business/queries';

export const dynamic = 'force-dynamic';

interface ChatPageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: ChatPageProps): Promise<Metadata> {
  const business = await getBusinessProfile((await params).slug);
  if (!business) return {};
  return { title: business.name, description: business.about };
}

export default async function ChatPage({ params }: ChatPageProps) {
  const business = await getBusinessProfile((await params).slug);
  if (!business) notFound();
  return <ChatScreen business={business} />;
}
