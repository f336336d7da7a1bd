'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { CloseIcon } from './icons';

interface SidePanelProps {
  id: string;
  title: string;
  closeLabel: string;
  open: boolean;
  /** On phones the panel covers the chat, which is made inert meanwhile: the panel is modal. */
  modal: boolean;
  onClose: () => void;
  /** A control shown before the title, such as a back button. */
  leading?: ReactNode;
  children: ReactNode;
}

/**
 * A panel beside the chat on wide screens and a full-height sheet on phones. It is non-modal beside
 * the chat, so the conversation stays visible and usable. Escape closes it; focus moves in on open.
 */
export function SidePanel({
  id,
  title,
  closeLabel,
  open,
  modal,
  onClose,
  leading,
  children,
}: SidePanelProps) {
  const panel = useRef<HTMLElement>(null);
  const titleId = `${id}-title`;

  useEffect(() => {
    if (open) panel.current?.focus({ preventScroll: true });
  }, [open]);

  return (
    <>
      {modal && open && (
        // Between phone and desktop widths the sheet leaves the chat showing, dimmed, behind it.
        <div
          aria-hidden
          onClick={onClose}
          className="fixed inset-0 z-30 hidden bg-slate-900/40 sm:block lg:hidden"
        />
      )}
      <section
        ref={panel}
        id={id}
        role="dialog"
        aria-modal={modal}
        aria-labelledby={titleId}
        tabIndex={-1}
        hidden={!open}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !event.defaultPrevented) {
            event.preventDefault();
            onClose();
          }
        }}
        className="fixed inset-y-0 right-0 z-40 flex w-full flex-col bg-white outline-none motion-safe:transition-[opacity,translate] motion-safe:duration-200 sm:max-w-md sm:shadow-2xl lg:static lg:z-auto lg:w-[400px] lg:max-w-none lg:shrink-0 lg:border-l lg:border-slate-200 lg:shadow-none xl:w-[440px] motion-safe:starting:translate-y-4 motion-safe:starting:opacity-0 sm:motion-safe:starting:translate-x-4 sm:motion-safe:starting:translate-y-0"
      >
        <PanelHeader title={title} titleId={titleId} closeLabel={closeLabel} onClose={onClose}>
          {leading}
        </PanelHeader>
        {children}
      </section>
    </>
  );
}

/** For icon buttons in a panel's header: light on the green bar (phones), dark on white (wide). */
export const panelHeaderButton =
  'grid size-10 shrink-0 place-items-center rounded-full hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white lg:hover:bg-slate-100 lg:focus-visible:outline-brand-700';

function PanelHeader({
  title,
  titleId,
  closeLabel,
  onClose,
  children,
}: {
  title: string;
  titleId: string;
  closeLabel: string;
  onClose: () => void;
  children?: ReactNode;
}) {
  return (
    <div className="bg-brand-700 flex min-h-14 shrink-0 items-center gap-1 px-2 py-2 text-white lg:min-h-15 lg:bg-white lg:text-slate-900 lg:shadow-[0_1px_0_var(--color-slate-200)]">
      {children}
      <h2 id={titleId} className="min-w-0 flex-1 truncate px-2 text-lg font-semibold">
        {title}
      </h2>
      <button type="button" onClick={onClose} aria-label={closeLabel} className={panelHeaderButton}>
        <CloseIcon />
      </button>
    </div>
  );
}

/** A grey block that pulses while content loads; the caller gives its size and corners. */
export function Bone({ className }: { className: string }) {
  return <div aria-hidden className={`bg-slate-200 motion-safe:animate-pulse ${className}`} />;
}
