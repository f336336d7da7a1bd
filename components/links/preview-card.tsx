// The 1200×630 card image a shared link shows in chats and feeds, drawn by next/og (satori):
// inline styles only, and every box with more than one child is a flex box.
import type { CSSProperties } from 'react';
import { initials } from '@/lib/links/card-text';

// Obrol's brand colours (app/globals.css).
const BRAND = {
  50: '#ecfdf7',
  100: '#d1faec',
  200: '#a7f3d9',
  500: '#10a37f',
  700: '#0a6e57',
  800: '#0b5847',
  900: '#0a483b',
  chat: '#efeae2',
  bubbleMine: '#d9fdd3',
};

/** The product picture's place on a product card: the left side, full height. */
export const PICTURE = { width: 560, height: 630 };

export interface PreviewCardProps {
  /** Texts already made drawable and clipped (lib/links/card-text). */
  businessName: string;
  about: string;
  avatar: string | null;
  product: { name: string; price: string; picture: string | null } | null;
  callToAction: string;
}

function clamp(lines: number): CSSProperties {
  return { display: 'block', lineClamp: lines, overflow: 'hidden', wordBreak: 'break-word' };
}

function Avatar({ name, picture, size }: { name: string; picture: string | null; size: number }) {
  const circle: CSSProperties = {
    width: size,
    height: size,
    borderRadius: size / 2,
    flexShrink: 0,
  };
  if (picture) {
    // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, not next/image
    return <img src={picture} alt="" width={size} height={size} style={circle} />;
  }
  return (
    <div
      style={{
        ...circle,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: BRAND[500],
        color: 'white',
        fontSize: size * 0.4,
      }}
    >
      {initials(name) || 'O'}
    </div>
  );
}

/** Obrol's name with a speech bubble, as the app's icon has it. */
function Wordmark({ color, bubble, size }: { color: string; bubble: string; size: number }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: size * 0.35, color, fontSize: size }}>
      <div
        style={{
          width: size * 1.1,
          height: size * 0.95,
          background: bubble,
          borderRadius: `${size * 0.55}px ${size * 0.55}px ${size * 0.55}px ${size * 0.15}px`,
        }}
      />
      Obrol
    </div>
  );
}

interface ChatBubbleProps {
  text: string;
  background: string;
  color: string;
  size: number;
}

function ChatBubble({ text, background, color, size }: ChatBubbleProps) {
  return (
    <div
      style={{
        display: 'flex',
        minWidth: 0,
        flexShrink: 1,
        maxWidth: 620,
        padding: `${size * 0.5}px ${size * 0.85}px`,
        borderRadius: '32px 32px 32px 8px',
        background,
        color,
        fontSize: size,
        boxShadow: '0 2px 0 rgba(0, 0, 0, 0.12)',
      }}
    >
      <span style={clamp(1)}>{text}</span>
    </div>
  );
}

function BusinessCard({ businessName, about, avatar, callToAction }: PreviewCardProps) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: `linear-gradient(135deg, ${BRAND[900]} 0%, ${BRAND[700]} 60%, ${BRAND[500]} 100%)`,
        color: 'white',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 56 }}>
        <div
          style={{
            display: 'flex',
            padding: 8,
            borderRadius: 132,
            background: 'rgba(255, 255, 255, 0.9)',
          }}
        >
          <Avatar name={businessName} picture={avatar} size={240} />
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 20, flex: 1, minWidth: 0 }}>
          <div style={{ ...clamp(2), fontSize: 76, lineHeight: 1.08, letterSpacing: -1 }}>
            {businessName}
          </div>
          {about ? (
            <div style={{ ...clamp(3), fontSize: 34, lineHeight: 1.35, color: BRAND[100] }}>
              {about}
            </div>
          ) : null}
        </div>
      </div>
      <div
        style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 24 }}
      >
        <ChatBubble text={callToAction} background="white" color={BRAND[900]} size={34} />
        <Wordmark color="white" bubble={BRAND[200]} size={40} />
      </div>
    </div>
  );
}

function ProductCard({ businessName, avatar, product, callToAction }: PreviewCardProps) {
  if (!product) return null;
  return (
    <div style={{ width: '100%', height: '100%', display: 'flex', background: 'white' }}>
      {product.picture ? (
        // eslint-disable-next-line @next/next/no-img-element -- satori draws <img>, not next/image
        <img
          src={product.picture}
          alt=""
          width={PICTURE.width}
          height={PICTURE.height}
          style={{ flexShrink: 0 }}
        />
      ) : (
        <div
          style={{
            ...PICTURE,
            flexShrink: 0,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            background: `linear-gradient(135deg, ${BRAND[900]} 0%, ${BRAND[700]} 60%, ${BRAND[500]} 100%)`,
          }}
        >
          <Avatar name={businessName} picture={avatar} size={300} />
        </div>
      )}
      <div
        style={{
          flex: 1,
          minWidth: 0,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '52px 52px 48px',
          background: BRAND.chat,
          borderTop: `12px solid ${BRAND[700]}`,
        }}
      >
        <div style={{ display: 'flex', alignItems: 'center', gap: 18 }}>
          <Avatar name={businessName} picture={avatar} size={64} />
          <div style={{ ...clamp(1), flex: 1, fontSize: 30, color: '#334155' }}>{businessName}</div>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 26 }}>
          <div style={{ ...clamp(3), fontSize: 54, lineHeight: 1.12, color: '#0f172a' }}>
            {product.name}
          </div>
          <div style={{ display: 'flex' }}>
            <div
              style={{
                display: 'flex',
                padding: '10px 26px',
                borderRadius: 18,
                background: BRAND[700],
                color: 'white',
                fontSize: 48,
              }}
            >
              {product.price}
            </div>
          </div>
        </div>
        <div
          style={{
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 24,
          }}
        >
          <ChatBubble
            text={callToAction}
            background={BRAND.bubbleMine}
            color={BRAND[900]}
            size={30}
          />
          <Wordmark color={BRAND[700]} bubble={BRAND[500]} size={34} />
        </div>
      </div>
    </div>
  );
}

export function PreviewCard(props: PreviewCardProps) {
  return props.product ? <ProductCard {...props} /> : <BusinessCard {...props} />;
}
