import { lazy, Suspense, useState } from 'react';
import type { ListedFilm } from '../queries/localFilms';
import { ErrorBoundary } from './ErrorBoundary';

// The converter's page and the list of one's own films load on demand (the worker is a chunk too).
const AddSummaryPanel = lazy(() => import('./AddSummaryPanel'));
const YourFilms = lazy(() => import('./YourFilms'));

/** Props of the own-summary entry. */
export interface OwnSummaryEntryProps {
  /** Every listed film; the viewer's own are those marked `local`. */
  films: readonly ListedFilm[];
}

/** The welcome page's "Add your own summary" entry, and the viewer's own films when there are any. */
export function OwnSummaryEntry({ films }: OwnSummaryEntryProps) {
  const [open, setOpen] = useState(false);
  const own = films.filter((f) => f.local);
  return (
    <div className="mt-6">
      {open ? (
        <ErrorBoundary view="The summary converter" resetKey="add-summary">
          <Suspense
            fallback={<p className="text-sm text-slate-600">Loading the summary converter…</p>}
          >
            <AddSummaryPanel onClose={() => setOpen(false)} />
          </Suspense>
        </ErrorBoundary>
      ) : (
        <button
          type="button"
          onClick={() => setOpen(true)}
          className="inline-flex items-center gap-2 rounded-lg bg-slate-900 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-slate-700"
        >
          <svg width="14" height="14" viewBox="0 0 20 20" aria-hidden="true">
            <path
              d="M10 4v12M4 10h12"
              stroke="currentColor"
              strokeWidth="2.5"
              strokeLinecap="round"
            />
          </svg>
          Add your own summary
        </button>
      )}
      {own.length > 0 && (
        <ErrorBoundary view="Your films" resetKey="your-films">
          <Suspense fallback={null}>
            <YourFilms films={own} />
          </Suspense>
        </ErrorBoundary>
      )}
    </div>
  );
}
