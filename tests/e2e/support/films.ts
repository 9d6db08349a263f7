import type { Page } from '@playwright/test';
import { summarizeFilm, type Film } from '../../../src/model/film';
import { generateFilm } from '../../fixtures/generateFilm';
import { SAMPLE_FILM } from '../../fixtures/sampleFilm';

/**
 * Fixture films served in place of public/data, so the explorer's end-to-end tests do not depend on
 * what the converter currently produces: the hand-written sample film and a seeded 48-scene film.
 */
export const LIGHTHOUSE = SAMPLE_FILM;
export const HARBOUR = generateFilm({
  scenes: 48,
  id: 'harbour-of-echoes',
  title: 'Harbour of Echoes',
  seed: 4,
});
const FILMS: Film[] = [LIGHTHOUSE, HARBOUR];

/** Serves the fixture films at /data/index.json and /data/films/<id>.json for this page. */
export async function serveFixtureFilms(page: Page): Promise<void> {
  await page.route('**/data/index.json', (route) =>
    route.fulfill({ json: { schemaVersion: 1, films: FILMS.map(summarizeFilm) } }),
  );
  await page.route('**/data/films/*.json', (route) => {
    const id = new URL(route.request().url()).pathname
      .split('/')
      .pop()
      ?.replace(/\.json$/, '');
    const film = FILMS.find((f) => f.id === id);
    return film ? route.fulfill({ json: film }) : route.fulfill({ status: 404, body: 'not found' });
  });
}

/** Collects console errors, page errors and failed requests; the tests expect none. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    // A navigation cancels what the previous page still had in flight: not an error of the app.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}

/** The horizontal centres of the drawn scenes, by scene id, once no morph is running. */
export async function sceneCentres(page: Page): Promise<Map<string, number>> {
  await page
    .locator('[data-morphing="true"]')
    .waitFor({ state: 'detached' })
    .catch(() => {});
  const rows = await page.locator('[data-scene-id]').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return [el.getAttribute('data-scene-id') ?? '', r.left + r.width / 2] as const;
    }),
  );
  return new Map(rows);
}

/** Whether the given scene ids appear left to right in this order. */
export const inOrder = (centres: Map<string, number>, ids: readonly string[]): boolean =>
  ids.every(
    (id, i) => i === 0 || (centres.get(ids[i - 1] ?? '') ?? NaN) < (centres.get(id) ?? NaN),
  );

/** Scene ids of a film sorted by chronoIndex, limited to storyIndex <= limit. */
export const chronoIds = (film: Film, limit = film.scenes.length - 1): string[] =>
  film.scenes
    .filter((s) => s.storyIndex <= limit)
    .sort((a, b) => a.chronoIndex - b.chronoIndex)
    .map((s) => s.id);

/** Scene ids of a film in story order, limited to storyIndex <= limit. */
export const storyIds = (film: Film, limit = film.scenes.length - 1): string[] =>
  film.scenes.filter((s) => s.storyIndex <= limit).map((s) => s.id);
