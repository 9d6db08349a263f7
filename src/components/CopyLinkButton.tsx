import { useEffect, useRef, useState } from 'react';

/** How long the "Link copied" status stays visible. */
const STATUS_MS = 2500;

/** Copies text with the Clipboard API, falling back to a hidden textarea and execCommand. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission denied or insecure context: try the old way below.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** Props of the copy-link button. */
export interface CopyLinkButtonProps {
  /** The link to copy (the current view's URL). */
  getLink: () => string;
}

/** "Copy link": copies the current view's link and says so in an aria-live status. */
export function CopyLinkButton({ getLink }: CopyLinkButtonProps) {
  const [status, setStatus] = useState<string>('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const onClick = async () => {
    const link = getLink();
    const ok = await copyText(link);
    setStatus(ok ? 'Link copied' : 'Could not copy: the link is in the address bar');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(''), STATUS_MS);
  };

  return (
    <div className="flex items-center gap-2">
      <span role="status" aria-live="polite" className="text-xs text-amber-300">
        {status}
      </span>
      <button
        type="button"
        onClick={() => void onClick()}
        className="inline-flex items-center gap-1.5 rounded-lg bg-amber-500 px-3 py-1.5 text-sm font-semibold text-slate-950 shadow-sm hover:bg-amber-400"
      >
        <svg width="14" height="14" viewBox="0 0 20 20" aria-hidden="true">
          <path
            d="M8 12l4-4M7 9.5L5.5 11a3 3 0 004.2 4.2L11 14M13 10.5l1.5-1.5a3 3 0 00-4.2-4.2L9 6"
            stroke="currentColor"
            strokeWidth="2"
            fill="none"
            strokeLinecap="round"
          />
        </svg>
        <span className="sr-only sm:not-sr-only">Copy link</span>
      </button>
    </div>
  );
}
