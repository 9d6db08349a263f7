import { lazy, Suspense } from 'react';
import { useNoticeStore } from '../state/notices';
import { useViewStore } from '../state/store';
import { useUrlSync } from '../state/useUrlSync';
import { AppHeader } from './AppHeader';
import { ErrorBoundary } from './ErrorBoundary';
import { Explorer } from './Explorer';
import { NoticeBar } from './NoticeBar';
import { openFilm } from './openFilm';
import { SharedSummaryGate } from './SharedSummaryGate';
import { WelcomePage } from './WelcomePage';

// The compare page is rarely opened: its code loads on demand.
const ComparePage = lazy(() => import('./ComparePage'));
// So is a reorder exercise, opened from a teacher's link.
const ExercisePage = lazy(() => import('./ExercisePage'));

/** The application shell: header, link notices, and the welcome page or the film explorer. */
export function App() {
  useUrlSync(useNoticeStore.getState().setIgnored);
  const film = useViewStore((s) => s.film);
  const page = useViewStore((s) => s.page);
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader />
      <main className="mx-auto w-full max-w-[120rem] flex-1 space-y-4 px-4 py-6 sm:px-6">
        <NoticeBar />
        <SharedSummaryGate />
        <ErrorBoundary view={film ? 'This film' : 'The film list'} resetKey={film}>
          {page === 'compare' ? (
            <Suspense fallback={<p className="text-sm text-slate-500">Loading the comparison…</p>}>
              <ComparePage onOpenFilm={openFilm} />
            </Suspense>
          ) : page === 'exercise' && film !== null ? (
            <Suspense fallback={<p className="text-sm text-slate-500">Loading the exercise…</p>}>
              <ExercisePage key={film} filmId={film} />
            </Suspense>
          ) : film === null ? (
            <WelcomePage />
          ) : (
            <Explorer key={film} filmId={film} />
          )}
        </ErrorBoundary>
      </main>
      <footer className="hidden px-6 py-4 text-center text-xs text-slate-600 sm:block">
        Keys: ← → step through scenes · O switches the order · Esc closes the scene panel
      </footer>
    </div>
  );
}
