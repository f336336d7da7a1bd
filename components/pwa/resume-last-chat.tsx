import { RESUME_LAST_CHAT_SCRIPT } from '@/lib/client/pwa/last-chat';

/** Sends a home-screen launch on to the last chat (lib/client/pwa/last-chat.ts). */
export function ResumeLastChat() {
  // A constant script of ours, no user content in it.
  return <script dangerouslySetInnerHTML={{ __html: RESUME_LAST_CHAT_SCRIPT }} />;
}
