import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { PASTED_FILE } from '../pipeline/summary';
import { decodeSummaryFragment } from '../state/summaryLink';
import { convertInWorker } from '../workers/convertClient';
import { storeAndOpen } from './localFilmActions';

/** Props of the shared-summary opener. */
export interface SharedSummaryOpenerProps {
  /** The location hash carrying the summary. */
  hash: string;
  /** Called once the film is open or the message dismissed. */
  onDone: () => void;
}

/** Drops the fragment from the address, so the film's own link takes over. */
const clearFragment = () =>
  window.history.replaceState(
    window.history.state,
    '',
    `${window.location.pathname}${window.location.search}`,
  );

/**
 * Opens a share link's summary: decodes it, converts it in the worker, stores it as the viewer's
 * own film (the same summary opened twice is stored once) and shows it; a bad link gets one line.
 */
export default function SharedSummaryOpener({ hash, onDone }: SharedSummaryOpenerProps) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const run = async () => {
      const decoded = await decodeSummaryFragment(hash);
      if (!decoded.ok) throw new Error(decoded.error);
      const { text, title, file } = decoded.value;
      const { film } = await convertInWorker(
        { text, title, file: file ?? PASTED_FILE },
        controller.signal,
      );
      if (controller.signal.aborted) return;
      clearFragment();
      await storeAndOpen(queryClient, film);
      onDone();
    };
    run().catch((e: unknown) => {
      if (!controller.signal.aborted)
        setError(
          `The shared summary could not be opened: ${e instanceof Error ? e.message : String(e)}`,
        );
    });
    return () => controller.abort();
  }, [hash, onDone, queryClient]);

  if (error)
    return (
      <div
        role="alert"
        className="flex flex-wrap items-center gap-3 rounded-xl bg-red-50 px-4 py-3 text-sm text-red-900 ring-1 ring-red-200"
      >
        <span className="flex-1">{error}</span>
        <button
          type="button"
          onClick={() => {
            clearFragment();
            onDone();
          }}
          className="rounded-lg px-3 py-1 ring-1 ring-red-300 hover:bg-red-100"
        >
          Dismiss
        </button>
      </div>
    );
  return (
    <p
      role="status"
      className="flex items-center gap-2 rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-950 ring-1 ring-amber-200"
    >
      <span
        aria-hidden="true"
        className="inline-block size-3.5 animate-spin rounded-full border-2 border-amber-500 border-t-transparent motion-reduce:animate-none"
      />
      Making the film from the shared summary…
    </p>
  );
}
