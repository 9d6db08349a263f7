import type { QueryClient } from '@tanstack/react-query';
import type { Film } from '../model/film';
import { filmFileBlob, filmFileName } from '../queries/filmFile';
import { filmIndexQuery, filmQuery } from '../queries/filmQueries';
import { deleteLocalFilm, saveLocalFilm, type Saved } from '../queries/localFilms';
import { useViewStore } from '../state/store';
import { openFilm } from './openFilm';

const bundledIds = async (queryClient: QueryClient): Promise<Set<string>> => {
  // Without the bundled list a local id could still be told apart by its prefix: save anyway.
  const list = await queryClient.fetchQuery(filmIndexQuery()).catch(() => null);
  return new Set(list?.films.filter((f) => !f.local).map((f) => f.id) ?? []);
};

/** Reloads the film list (bundled and local), waiting for the new one. */
const refreshList = (queryClient: QueryClient): Promise<void> =>
  queryClient.refetchQueries({ queryKey: filmIndexQuery().queryKey });

/** Stores a film as the viewer's own, refreshes the film list and opens it in the explorer. */
export async function storeAndOpen(queryClient: QueryClient, film: Film): Promise<Saved> {
  const saved = await saveLocalFilm(film, await bundledIds(queryClient));
  queryClient.setQueryData(filmQuery(saved.id).queryKey, { ...film, id: saved.id });
  await refreshList(queryClient);
  openFilm(saved.id);
  return saved;
}

/** Deletes one of the viewer's films; if it was open, returns to the welcome page. */
export async function deleteAndForget(queryClient: QueryClient, id: string): Promise<void> {
  await deleteLocalFilm(id);
  if (useViewStore.getState().film === id) useViewStore.getState().selectFilm(null);
  queryClient.removeQueries({ queryKey: filmQuery(id).queryKey });
  await refreshList(queryClient);
}

/** Downloads a film as `<id>.json` (a Blob link, revoked after the click). */
export function downloadFilm(film: Film): void {
  const url = URL.createObjectURL(filmFileBlob(film));
  const link = document.createElement('a');
  link.href = url;
  link.download = filmFileName(film);
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
