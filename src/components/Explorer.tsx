import { useQuery } from '@tanstack/react-query';
import { filmIndexQuery, filmQuery } from '../queries/filmQueries';
import { useViewStore } from '../state/store';
import { CorrectionsContext } from './correctionsContext';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorState } from './ErrorState';
import { FilmView } from './FilmView';
import { Skeleton } from './Skeleton';
import { useCorrections } from './useCorrections';

/** Props of the explorer. */
export interface ExplorerProps {
  filmId: string;
}

/** Loads one film (react-query) and shows it, with designed loading, not-found and error states. */
export function Explorer({ filmId }: ExplorerProps) {
  const index = useQuery(filmIndexQuery());
  const summary = index.data?.films.find((f) => f.id === filmId);
  const unknown = index.isSuccess && summary === undefined;
  const film = useQuery({ ...filmQuery(filmId), enabled: !unknown });
  const name = summary?.title ?? filmId;
  // The viewer's corrections (kept in this browser) apply to the loaded film: every view shows them.
  const corrections = useCorrections(filmId, film.data);

  if (unknown) {
    return (
      <ErrorState
        title="No such film"
        message={`There is no film called “${filmId}” in this collection.`}
        onRetry={() => useViewStore.getState().selectFilm(null)}
        retryLabel="Choose a film"
      />
    );
  }
  if (film.isPending || corrections.pending)
    return <Skeleton variant="film" label={`Loading ${name}…`} />;
  if (film.isError) {
    return (
      <ErrorState
        title={`${name} could not be loaded`}
        message={film.error.message}
        onRetry={() => void film.refetch()}
      />
    );
  }
  return (
    <ErrorBoundary view={name} resetKey={filmId}>
      <CorrectionsContext value={corrections.context}>
        <FilmView film={corrections.film ?? film.data} />
      </CorrectionsContext>
    </ErrorBoundary>
  );
}
