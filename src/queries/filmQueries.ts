import { QueryClient, queryOptions } from '@tanstack/react-query';
import { fetchFilmIndex } from './fetchers';
import { fetchAnyFilm, fetchFilmList } from './localFilms';

/**
 * Query options for the film list: the bundled index and the viewer's own films (IndexedDB).
 * Never stale by itself, but not 'static': saving or deleting a local film refetches it.
 */
export const filmIndexQuery = () =>
  queryOptions({
    queryKey: ['film-index'] as const,
    queryFn: ({ signal }) => fetchFilmList(fetchFilmIndex(signal)),
    staleTime: Infinity,
  });

/** Query options for one film's JSON (a local film's from IndexedDB). */
export const filmQuery = (id: string) =>
  queryOptions({
    queryKey: ['film', id] as const,
    queryFn: ({ signal }) => fetchAnyFilm(id, signal),
    staleTime: 'static',
  });

/** The app's QueryClient: one retry on failure (the error state offers a Retry button after). */
export const createQueryClient = (): QueryClient =>
  new QueryClient({
    defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
  });
