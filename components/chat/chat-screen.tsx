'use client';

import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { BusinessProfile } from '@/lib/business/profile';
import type { ClientArrival } from '@/lib/client/landing';
import { useCart } from '@/lib/client/use-cart';
import { useChat } from '@/lib/client/use-chat';
import { useHydrated, useMediaQuery } from '../ui/use-media-query';
import { ChatHeader, type PanelKind } from './chat-header';
import { Composer } from './composer';
import { ConnectionBanner } from './connection-banner';
import { MessageList } from './message-list';

// The catalog and the cart load on first use, their frames and skeletons included.
const LazyCatalogPanel = lazy(() =>
  import('./chat-panels').then((m) => ({ default: m.LazyCatalogPanel })),
);
const LazyCartPanel = lazy(() =>
  import('./chat-panels').then((m) => ({ default: m.LazyCartPanel })),
);
// The profile's code loads when it is first opened.
const BusinessProfileSheet = lazy(() =>
  import('./business-profile-sheet').then((m) => ({ default: m.BusinessProfileSheet })),
);
// Only businesses that show it pay for the away banner (and the hours code) at all.
const AwayBanner = lazy(() => import('./away-banner').then((m) => ({ default: m.AwayBanner })));
// Only Facebook's and Instagram's browsers (told by the server from the user agent) load the hint.
const ChatInAppHint = lazy(() =>
  import('../pwa/chat-in-app-hint').then((m) => ({ default: m.ChatInAppHint })),
);
// Push code loads only after a send in this visit (to offer notifications) or once they are allowed.
const PushPrompt = lazy(() => import('./push-prompt').then((m) => ({ default: m.PushPrompt })));

interface ChatScreenProps {
  business: BusinessProfile;
  /** A product SKU from a shared link (?product=): the catalog opens on it. */
  productSku?: string | null;
  /** Text from a shared link (?text=): prefills the composer once, never sent by itself. */
  prefill?: string;
  /** The link open the page recorded: the chat attaches it when it first opens. */
  arrival?: ClientArrival | null;
  /** Facebook's or Instagram's in-app browser: show the hint to open a real browser. */
  inAppBrowser?: boolean;
  /** The greeting a first visit is about to get, shown until the conversation is open. */
  greetingPreview?: string | null;
}

export function ChatScreen({
  business,
  productSku = null,
  prefill = '',
  arrival = null,
  inAppBrowser = false,
  greetingPreview = null,
}: ChatScreenProps) {
  const chat = useChat(business.slug, arrival);
  const cart = useCart(chat.state.conversation?.id ?? null, business.slug);
  const [profileOpen, setProfileOpen] = useState(false);
  const [profileUsed, setProfileUsed] = useState(false);
  const [sent, setSent] = useState(false);
  const [panel, setPanel] = useState<PanelKind | null>(productSku ? 'catalog' : null);
  // A panel stays mounted once opened, so its search, scroll and note survive closing it.
  const [used, setUsed] = useState({ catalog: productSku !== null, cart: false });
  const hydrated = useHydrated();
  // Below lg the panel covers the chat as a sheet; beside it on wider screens.
  const sheet = !useMediaQuery('(min-width: 1024px)');
  const catalogButton = useRef<HTMLButtonElement>(null);
  const cartButton = useRef<HTMLButtonElement>(null);
  const returnFocusTo = useRef<PanelKind | null>(null);

  // Closing a panel gives focus back to the header button that opens it.
  useEffect(() => {
    const kind = returnFocusTo.current;
    if (panel !== null || !kind) return;
    returnFocusTo.current = null;
    (kind === 'catalog' ? catalogButton : cartButton).current?.focus();
  }, [panel]);

  function openPanel(kind: PanelKind) {
    setUsed((current) => (current[kind] ? current : { ...current, [kind]: true }));
    setPanel(kind);
  }

  function closePanel() {
    returnFocusTo.current = panel;
    setPanel(null);
  }

  return (
    <div className="flex h-dvh">
      <div inert={sheet && panel !== null} className="flex min-w-0 flex-1 flex-col">
        <ChatHeader
          business={business}
          connection={chat.connection}
          peerTyping={chat.state.peerTyping}
          cartCount={cart.cart?.itemCount ?? 0}
          panel={panel}
          catalogButton={catalogButton}
          cartButton={cartButton}
          onOpenProfile={() => {
            setProfileUsed(true);
            setProfileOpen(true);
          }}
          onTogglePanel={(kind) => (panel === kind ? closePanel() : openPanel(kind))}
        />
        <ConnectionBanner connection={chat.connection} />
        {inAppBrowser && (
          <Suspense fallback={null}>
            <ChatInAppHint />
          </Suspense>
        )}
        <main className="chat-wallpaper flex min-h-0 flex-1 flex-col">
          <MessageList
            business={business}
            state={chat.state}
            loaded={chat.state.conversation !== null}
            greetingPreview={greetingPreview}
            offline={chat.connection !== 'online'}
            onLoadEarlier={chat.loadEarlier}
            onRetry={chat.retry}
            onDiscard={chat.discard}
          />
          {business.awayBanner && (
            <Suspense fallback={null}>
              <AwayBanner hours={business.hours} timeZone={business.timezone} />
            </Suspense>
          )}
          {hydrated && (sent || globalThis.Notification?.permission === 'granted') && (
            <Suspense fallback={null}>
              <PushPrompt businessName={business.name} sentThisVisit={sent} />
            </Suspense>
          )}
          <Composer
            initialText={prefill}
            onSend={(text) => {
              setSent(true);
              chat.send(text);
            }}
            onTyping={chat.setTyping}
          />
        </main>
      </div>
      {hydrated && used.catalog && (
        <Suspense fallback={null}>
          <LazyCatalogPanel
            businessSlug={business.slug}
            open={panel === 'catalog'}
            modal={sheet}
            initialSku={productSku}
            onClose={closePanel}
            onAdd={cart.add}
            onViewCart={() => openPanel('cart')}
          />
        </Suspense>
      )}
      {hydrated && used.cart && (
        <Suspense fallback={null}>
          <LazyCartPanel
            open={panel === 'cart'}
            modal={sheet}
            cart={cart.cart}
            update={cart.update}
            remove={cart.remove}
            send={cart.send}
            failures={cart.failures}
            onRetryChange={(id) => void cart.retryChange(id)}
            onDeleteChange={(id) => void cart.discardChange(id)}
            onClose={closePanel}
            onBrowse={() => openPanel('catalog')}
          />
        </Suspense>
      )}
      {profileUsed && (
        <Suspense fallback={null}>
          <BusinessProfileSheet
            business={business}
            open={profileOpen}
            onClose={() => setProfileOpen(false)}
          />
        </Suspense>
      )}
    </div>
  );
}
