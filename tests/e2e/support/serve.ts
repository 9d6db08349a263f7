import type { Page } from '@playwright/test';
import { summarizeFilm, type Film, type FilmSummary } from '../../../src/model/film';

/**
 * Serves the given films at /data/index.json and /data/films/<id>.json for this page. `index`
 * replaces the list (for a collection much larger than the films that can be opened).
 */
export async function serveFilms(
  page: Page,
  films: readonly Film[],
  index: readonly FilmSummary[] = films.map(summarizeFilm),
): Promise<void> {
  const body = JSON.stringify({ schemaVersion: 1, films: index });
  await page.route('**/data/index.json', (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
  const byId = new Map(films.map((f) => [f.id, JSON.stringify(f)]));
  await page.route('**/data/films/*.json', (route) => {
    const id = decodeURIComponent(
      new URL(route.request().url()).pathname
        .split('/')
        .pop()
        ?.replace(/\.json$/, '') ?? '',
    );
    const film = byId.get(id);
    return film
      ? route.fulfill({ body: film, contentType: 'application/json' })
      : route.fulfill({ status: 404, body: 'not found' });
  });
}
