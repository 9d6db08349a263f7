import { expect, test, type Page } from '@playwright/test';
import { summarizeFilm, type Film, type FilmIndex } from '../../src/model/film';
import { generateFilm } from '../fixtures/generateFilm';

/**
 * The timeline in the built app: real films from public/data (Story Curves orders), plus one large
 * generated film routed in to exercise the canvas renderer.
 */
const REAL = 'memento';
const BIG = generateFilm({ scenes: 1500, id: 'e2e-big-film', title: 'A Very Long Film', seed: 9 });

async function serveBigFilm(page: Page) {
  await page.route('**/data/index.json', async (route) => {
    const res = await route.fetch();
    const index = (await res.json()) as FilmIndex;
    await route.fulfill({ json: { ...index, films: [...index.films, summarizeFilm(BIG)] } });
  });
  await page.route(`**/data/films/${BIG.id}.json`, (route) => route.fulfill({ json: BIG }));
}

function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return problems;
}

async function loadFilm(page: Page, id: string): Promise<Film> {
  const res = await page.request.get(`/data/films/${id}.json`);
  return (await res.json()) as Film;
}

/** Horizontal centre of every drawn scene, by scene id, once no morph is running. */
async function centres(page: Page): Promise<Map<string, number>> {
  await page.locator('[data-timeline-root]:not([data-morphing])').waitFor();
  const list = await page.locator('[data-scene-id]').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return [el.getAttribute('data-scene-id') ?? '', r.left + r.width / 2] as const;
    }),
  );
  return new Map(list);
}

const expectIncreasing = (xs: number[]) => {
  for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThan(xs[i - 1] ?? -Infinity);
};

test('scenes sit in story order, then morph to chronological order', async ({ page }) => {
  const problems = watchProblems(page);
  const film = await loadFilm(page, REAL);
  await page.goto(`/?film=${REAL}&reveal=${film.scenes.length - 1}`);
  await expect(page.locator('[data-scene-id]')).toHaveCount(film.scenes.length);
  const story = await centres(page);
  expectIncreasing(film.scenes.map((s) => story.get(s.id) ?? NaN));
  await page.screenshot({ path: 'test-results/timeline-story.png', fullPage: true });

  await page.getByRole('button', { name: 'Chronological order', exact: true }).click();
  await expect(page.locator('[data-timeline-root]')).toHaveAttribute('data-morphing', 'true');
  await page.screenshot({ path: 'test-results/timeline-mid-morph.png' });
  const chrono = await centres(page);
  const byTime = [...film.scenes].sort((a, b) => a.chronoIndex - b.chronoIndex);
  expectIncreasing(byTime.map((s) => chrono.get(s.id) ?? NaN));
  await expect(page.locator('[data-arc]')).toHaveCount(film.scenes.length - 1);
  await page.screenshot({ path: 'test-results/timeline-chrono.png', fullPage: true });
  expect(problems).toEqual([]);
});

test('only scenes up to the spoiler limit are drawn, in both orders', async ({ page }) => {
  const film = await loadFilm(page, REAL);
  const limit = 20;
  await page.goto(`/?film=${REAL}&reveal=${limit}&order=chrono`);
  const drawn = page.locator('[data-scene-id]');
  await expect(drawn).toHaveCount(limit + 1);
  const ids = await drawn.evaluateAll((els) => els.map((e) => e.getAttribute('data-scene-id')));
  expect(ids.sort()).toEqual(
    film.scenes
      .slice(0, limit + 1)
      .map((s) => s.id)
      .sort(),
  );
  await expect(page.locator('[data-arc]')).toHaveCount(limit);
  await page.screenshot({ path: 'test-results/timeline-spoiler.png', fullPage: true });
});

test('character lanes run through the chosen characters’ scenes', async ({ page }) => {
  const film = await loadFilm(page, REAL);
  const chars = film.characters.slice(0, 3).map((c) => c.id);
  await page.goto(
    `/?film=${REAL}&reveal=${film.scenes.length - 1}&chars=${chars.join(',')}&lanes=1`,
  );
  await expect(page.locator('[data-lane]')).toHaveCount(chars.length);
  await page.screenshot({ path: 'test-results/timeline-lanes.png', fullPage: true });
});

test('zoom buttons and the wheel zoom in; Fit shows the whole film', async ({ page }) => {
  const film = await loadFilm(page, REAL);
  await page.goto(`/?film=${REAL}&reveal=${film.scenes.length - 1}`);
  const first = page.locator(`[data-scene-id="${film.scenes[0]?.id}"]`);
  const before = (await first.boundingBox())?.width ?? 0;
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await first.boundingBox())?.width ?? 0).toBeGreaterThan(before);
  const plot = page.locator('[data-timeline-root] [role="group"][aria-label^="Timeline of"]');
  const box = await plot.boundingBox();
  const afterButtons = (await first.boundingBox())?.width ?? 0;
  if (!box) throw new Error('no plot');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  await expect
    .poll(async () => (await first.boundingBox())?.width ?? 0)
    .toBeGreaterThan(afterButtons);
  await page.screenshot({ path: 'test-results/timeline-zoomed.png', fullPage: true });
  await page.getByRole('button', { name: 'Fit' }).click();
  await expect(page.getByRole('button', { name: 'Fit' })).toBeDisabled();
});

test('a scene can be reached and chosen with the keyboard alone', async ({ page }) => {
  const film = await loadFilm(page, REAL);
  await page.goto(`/?film=${REAL}&reveal=${film.scenes.length - 1}`);
  const first = page.locator(`[data-scene-id="${film.scenes[0]?.id}"]`);
  await expect(first).toHaveAttribute('tabindex', '0');
  for (let i = 0; i < 60 && !(await first.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await expect(page.getByTestId('timeline-tooltip')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: 'test-results/timeline-keyboard.png', fullPage: true });
});

test('a long film is painted on a canvas with an accessible element per scene', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await serveBigFilm(page);
  await page.goto(`/?film=${BIG.id}&reveal=${BIG.scenes.length - 1}`);
  await expect(page.locator('[data-timeline-root]')).toHaveAttribute('data-renderer', 'canvas');
  await expect(page.locator('[data-scene-id]')).toHaveCount(BIG.scenes.length);
  await page.getByRole('button', { name: 'Chronological order', exact: true }).click();
  const chrono = await centres(page);
  const byTime = [...BIG.scenes].sort((a, b) => a.chronoIndex - b.chronoIndex);
  // Thousands of scenes share a pixel: centres never go backwards in time.
  const xs = byTime.map((s) => chrono.get(s.id) ?? NaN);
  for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThanOrEqual((xs[i - 1] ?? 0) - 0.01);
  await page.screenshot({ path: 'test-results/timeline-canvas-chrono.png', fullPage: true });
  expect(problems).toEqual([]);
});

test('the timeline fits a 375 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const film = await loadFilm(page, REAL);
  await page.goto(`/?film=${REAL}&reveal=${film.scenes.length - 1}&order=chrono`);
  await expect(page.locator('[data-scene-id]')).toHaveCount(film.scenes.length);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
  await page.screenshot({ path: 'test-results/timeline-phone.png', fullPage: true });
});
