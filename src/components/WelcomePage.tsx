import { useQuery, useQueryClient } from '@tanstack/react-query';
import { filmIndexQuery, filmQuery } from '../queries/filmQueries';
import { openFilm } from './openFilm';
import { ErrorState } from './ErrorState';
import { FilmPicker } from './FilmPicker';
import { OwnSummaryEntry } from './OwnSummaryEntry';
import { Skeleton } from './Skeleton';

/** The page shown with no film chosen: what Fabula does, and the films to choose from. */
export function WelcomePage() {
  const index = useQuery(filmIndexQuery());
  const queryClient = useQueryClient();
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="font-display text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl">
        <span className="sr-only">Fabula: </span>
        See how a film plays with time
      </h1>
      <p className="mt-2 max-w-2xl text-slate-600">
        Every scene of a film, in the order it is told and in the order it happened. Pick a film,
        switch between the two orders and follow each scene as it moves. Spoilers stay hidden until
        you say you’ve seen that far.
      </p>
      <OwnSummaryEntry films={index.data?.films ?? []} />
      <div className="mt-8">
        {index.isPending ? (
          <Skeleton variant="list" label="Loading the films…" />
        ) : index.isError ? (
          <ErrorState
            title="The films could not be loaded"
            message={index.error.message}
            onRetry={() => void index.refetch()}
          />
        ) : index.data.films.length === 0 ? (
          <p className="rounded-xl bg-white p-6 text-slate-600 ring-1 ring-slate-900/5">
            No films yet. Run <code className="rounded bg-slate-100 px-1">npm run build:data</code>{' '}
            to build them from the seeds.
          </p>
        ) : (
          <FilmPicker
            variant="page"
            films={index.data.films}
            currentId={null}
            onSelect={openFilm}
            onPreview={(id) => void queryClient.prefetchQuery(filmQuery(id))}
          />
        )}
      </div>
    </div>
  );
}
