import { expect, test, type Page } from '@playwright/test';
import type { Film } from '../../src/model/film';
import { parseUrl } from '../../src/state/url';
import { HARBOUR, LIGHTHOUSE, serveFixtureFilms } from './support/films';
import { generateLinks } from './support/links';

const FILMS: readonly Film[] = [LIGHTHOUSE, HARBOUR];
const LINK_COUNT = Number(process.env.LINK_COUNT ?? 1000);
// A fixed seed keeps CI repeatable; LINK_SEED=<n> explores other links (the seed is printed).
const SEED = Number(process.env.LINK_SEED ?? 20261129);

/** The headings of every state a link may land on: a film, the picker, or the compare page. */
const LANDINGS = new RegExp(
  `(${[...FILMS.map((f) => f.title), 'See how a film plays with time', 'Compare films']
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})`,
);

/**
 * What is still wrong with the address the app settled on: it must be a valid view of a film the
 * collection has (every scene, character and reveal limit checked against that film), or no film.
 */
function problemsWithSettledUrl(href: string): string[] {
  const { state, ignored } = parseUrl(new URL(href).search);
  const problems = ignored.map((line) => `still in the URL: ${line}`);
  // The compare page keeps the film's part of the link for the way back; it is checked when the
  // film opens again.
  if (state.film === null || state.page !== 'explore') return problems;
  const film = FILMS.find((f) => f.id === state.film);
  if (!film) return [...problems, `unknown film ${state.film} kept`];
  if (state.scene !== null && !film.scenes.some((s) => s.id === state.scene))
    problems.push(`unknown scene ${state.scene} kept`);
  const cast = new Set(film.characters.map((c) => c.id));
  for (const id of state.chars) if (!cast.has(id)) problems.push(`unknown character ${id} kept`);
  if (typeof state.reveal === 'number' && state.reveal > film.scenes.length - 1)
    problems.push(`reveal ${state.reveal} past the last scene kept`);
  return problems;
}

/** Console errors and uncaught exceptions; a 404 for a film id the collection lacks is expected. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  const known = new Set(FILMS.map((f) => `/data/films/${f.id}.json`));
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const where = m.location().url;
    const path = where ? new URL(where).pathname : '';
    const unknownFilm = path.startsWith('/data/films/') && !known.has(path);
    if (unknownFilm && /status of 404/.test(m.text())) return;
    errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/**
 * One link in five is opened with a full page load (the path a pasted or clicked link takes: the
 * store is filled from the address before the first render); the others go through the same
 * reader in the running app, as Back and Forward do (pushState + popstate). The links are shared
 * out over a few pages that run side by side, which keeps 1,000 links within a few minutes.
 */
const FULL_LOAD_EVERY = Number(process.env.LINK_FULL_LOAD_EVERY ?? 5);
const LANES = Number(process.env.LINK_LANES ?? 3);

test(`${LINK_COUNT} generated links each land on a film, the picker or the compare page, with no error`, async ({
  context,
  baseURL,
}) => {
  test.setTimeout(20 * 60_000);
  console.log(
    `link fuzz: seed ${SEED} (LINK_SEED=${SEED} repeats this run), ${LINK_COUNT} links, ${LANES} pages side by side`,
  );
  const links = generateLinks(FILMS, LINK_COUNT, SEED);
  const started = Date.now();
  const landed = new Map<string, number>();
  let fullLoads = 0;

  const lane = async (laneIndex: number) => {
    const page = await context.newPage();
    await serveFixtureFilms(page);
    // Fast and deterministic: no morph animations between links.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const errors = watchErrors(page);
    const landing = page.locator('h1').filter({ hasText: LANDINGS });
    const notice = page.getByText('Part of this link was ignored');
    for (let i = laneIndex; i < links.length; i += LANES) {
      const link = links[i]!;
      // Each page starts with a full load; then every FULL_LOAD_EVERY-th link of the run.
      const full = i < LANES || i % FULL_LOAD_EVERY === 0;
      const what = `link ${i} (${full ? 'page load' : 'popstate'}; ${link.kinds.join(', ') || 'plain'}): ${link.url.slice(0, 300)}`;
      if (full) {
        fullLoads += 1;
        await page.goto(link.url);
      } else {
        await page.evaluate((url) => {
          window.history.pushState(null, '', url);
          window.dispatchEvent(new PopStateEvent('popstate'));
        }, link.url);
      }
      // What the browser was asked to open (the app rewrites the address to its valid form).
      const asked = full
        ? await page.evaluate(
            () =>
              (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).name,
          )
        : new URL(link.url, baseURL).href;
      await expect
        .poll(() => problemsWithSettledUrl(page.url()), {
          message: what,
          timeout: 10_000,
          intervals: [10, 25, 50, 100],
        })
        .toEqual([]);
      await expect(landing, what).toBeVisible({ timeout: 10_000 });
      if (parseUrl(new URL(asked).search).ignored.length > 0) {
        await expect(notice, `${what}: no notice of what was ignored`).toBeVisible();
      }
      expect(errors, what).toEqual([]);
      const heading = (await landing.first().textContent()) ?? '';
      const key =
        FILMS.find((f) => heading.startsWith(f.title))?.id ?? heading.replace('Fabula: ', '');
      landed.set(key, (landed.get(key) ?? 0) + 1);
    }
    await page.close();
  };
  await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));

  const seconds = (Date.now() - started) / 1000;
  console.log(
    `link fuzz: ${LINK_COUNT} links (${fullLoads} full page loads) in ${seconds.toFixed(1)} s, ${((seconds * 1000) / LINK_COUNT).toFixed(0)} ms a link; landed on ${JSON.stringify(Object.fromEntries(landed))}`,
  );
  // The generator is not degenerate: links reach both films, the picker and the compare page.
  expect(landed.size).toBeGreaterThanOrEqual(4);
});
