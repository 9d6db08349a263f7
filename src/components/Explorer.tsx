import { useQuery } from '@tanstack/react-query';
import { filmIndexQuery, filmQuery } from '../queries/filmQueries';
import { useViewStore } from '../state/store';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorState } from './ErrorState';
import { FilmView } from './FilmView';
import { Skeleton } from './Skeleton';

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
  if (film.isPending) return <Skeleton variant="film" label={`Loading ${name}…`} />;
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
      <FilmView film={film.data} />
    </ErrorBoundary>
  );
}
