import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/** Props of the modal dialog. */
export interface ModalProps {
  title: string;
  children: ReactNode;
  /** Called on Escape; omit to make the dialog require an answer. */
  onDismiss?: () => void;
}

/**
 * An accessible modal dialog: role=dialog, labelled by its title, focus moved inside and trapped
 * there (Tab cycles), focus restored on close; rendered into <body> with the app root made inert.
 */
export function Modal({ title, children, onDismiss }: ModalProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const root = document.getElementById('root');
    root?.setAttribute('inert', '');
    const first = ref.current?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => {
      root?.removeAttribute('inert');
      // No opener, or it is gone (the picker that opened the film): start at the page title.
      if (previous && previous !== document.body && previous.isConnected) previous.focus();
      else document.querySelector<HTMLElement>('h1[tabindex="-1"]')?.focus();
    };
  }, []);

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && onDismiss) {
      event.stopPropagation();
      onDismiss();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-950/60 p-4 backdrop-blur-[2px]">
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
        className="w-full max-w-lg animate-fade-in rounded-xl bg-white p-6 shadow-2xl ring-1 ring-slate-900/10"
      >
        <h2 id={titleId} className="font-display text-xl font-semibold text-slate-900">
          {title}
        </h2>
        <div className="mt-3 text-sm leading-relaxed text-slate-700">{children}</div>
      </div>
    </div>,
    document.body,
  );
}
