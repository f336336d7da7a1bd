'use client';

import { useState } from 'react';
import type { BusinessProfile } from '@/lib/business/profile';
import { useChat } from '@/lib/client/use-chat';
import { BusinessProfileSheet } from './business-profile-sheet';
import { ChatHeader } from './chat-header';
import { Composer } from './composer';
import { ConnectionBanner } from './connection-banner';
import { MessageList } from './message-list';

export function ChatScreen({ business }: { business: BusinessProfile }) {
  const chat = useChat(business.slug);
  const [profileOpen, setProfileOpen] = useState(false);

  return (
    <div className="flex h-dvh flex-col">
      <ChatHeader
        business={business}
        connection={chat.connection}
        peerTyping={chat.state.peerTyping}
        onOpenProfile={() => setProfileOpen(true)}
      />
      <ConnectionBanner connection={chat.connection} />
      <main className="chat-wallpaper flex min-h-0 flex-1 flex-col">
        <MessageList
          businessName={business.name}
          state={chat.state}
          loaded={chat.state.conversation !== null}
          onLoadEarlier={chat.loadEarlier}
          onRetry={chat.retry}
          onDiscard={chat.discard}
        />
        <Composer onSend={chat.send} onTyping={chat.setTyping} />
      </main>
      <BusinessProfileSheet
        business={business}
        open={profileOpen}
        onClose={() => setProfileOpen(false)}
      />
    </div>
  );
}
