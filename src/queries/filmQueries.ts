import { QueryClient, queryOptions } from '@tanstack/react-query';
import { fetchFilm, fetchFilmIndex } from './fetchers';

/** Query options for the film list; build-time JSON never goes stale. */
export const filmIndexQuery = () =>
  queryOptions({
    queryKey: ['film-index'] as const,
    queryFn: ({ signal }) => fetchFilmIndex(signal),
    staleTime: 'static',
  });

/** Query options for one film's JSON. */
export const filmQuery = (id: string) =>
  queryOptions({
    queryKey: ['film', id] as const,
    queryFn: ({ signal }) => fetchFilm(id, signal),
    staleTime: 'static',
  });

/** The app's QueryClient: one retry on failure (the error state offers a Retry button after). */
export const createQueryClient = (): QueryClient =>
  new QueryClient({
    defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
  });
