import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { filmIndexQuery, filmQuery } from '../queries/filmQueries';
import { useNoticeStore } from '../state/notices';
import { useViewStore } from '../state/store';
import { quoteForNotice } from '../state/url';
import { replacingHistory } from '../state/useUrlSync';
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

  // A link to a film the collection does not have falls back to the picker, and says so.
  useEffect(() => {
    if (!unknown) return;
    replacingHistory(() => useViewStore.getState().selectFilm(null));
    useNoticeStore
      .getState()
      .addIgnored([`film=${quoteForNotice(filmId)} (no such film in this collection)`]);
  }, [unknown, filmId]);

  if (unknown) return <Skeleton variant="list" label="Opening the film list…" />;
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
