import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { filmIndexQuery } from '../queries/filmQueries';
import { ErrorBoundary } from './ErrorBoundary';

// Share, download and delete load only for the viewer's own films.
const LocalFilmActions = lazy(() => import('./LocalFilmActions'));

/** Props of the local film bar. */
export interface LocalFilmBarProps {
  filmId: string;
}

/** For a film of the viewer's own (stored in this browser): "Yours" with share, download, delete. */
export function LocalFilmBar({ filmId }: LocalFilmBarProps) {
  const index = useQuery(filmIndexQuery());
  const local = index.data?.films.some((f) => f.id === filmId && f.local) ?? false;
  if (!local) return null;
  return (
    <ErrorBoundary view="Your film’s actions" resetKey={filmId}>
      <Suspense fallback={null}>
        <LocalFilmActions filmId={filmId} />
      </Suspense>
    </ErrorBoundary>
  );
}
