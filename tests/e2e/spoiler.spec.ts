import { expect, test } from '@playwright/test';
import {
  chronoIds,
  HARBOUR,
  inOrder,
  LIGHTHOUSE,
  sceneCentres,
  serveFixtureFilms,
  watchProblems,
} from './support/films';

test.beforeEach(async ({ page }) => {
  await serveFixtureFilms(page);
});

test('a first visit asks; "not yet" shows the premise only and the answer is remembered', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto(`/?film=${LIGHTHOUSE.id}`);
  const dialog = page.getByRole('dialog', { name: 'Have you seen The Lighthouse Letters?' });
  await expect(dialog).toBeVisible();
  await page.screenshot({ path: 'test-results/spoiler-question.png' });
  await dialog.getByRole('button', { name: 'Not yet — reveal as I go' }).click();
  await expect(page.locator('[data-scene-id]')).toHaveCount(0);
  await expect(page.getByText('Premise only: nothing revealed yet')).toBeVisible();
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: /The Lighthouse Letters/ }),
  ).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(
    await page.evaluate(() => localStorage.getItem('fabula:seen:the-lighthouse-letters')),
  ).toBe('unseen:-1');
  expect(problems).toEqual([]);
});

test('exactly the scenes with storyIndex up to the limit are drawn, in either order', async ({
  page,
}) => {
  await page.goto(`/?film=${HARBOUR.id}&reveal=none`);
  const slider = page.getByRole('slider', { name: /Spoiler/ });
  await slider.focus();
  for (let i = 0; i < 13; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Watched up to scene 13 of 48')).toBeVisible();
  const drawn = await page
    .locator('[data-scene-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-scene-id')));
  expect(drawn.sort()).toEqual(
    HARBOUR.scenes
      .filter((s) => s.storyIndex <= 12)
      .map((s) => s.id)
      .sort(),
  );
  await expect(page).toHaveURL(/reveal=12/);
  await page.getByRole('button', { name: 'Chronological order' }).click();
  await expect(page.locator('[data-scene-id]')).toHaveCount(13);
  await expect
    .poll(async () => inOrder(await sceneCentres(page), chronoIds(HARBOUR, 12)))
    .toBe(true);
  await page.screenshot({ path: 'test-results/spoiler-limited-chrono.png', fullPage: true });
});

test('characters and aliases appear only once revealed', async ({ page }) => {
  await page.goto(`/?film=${LIGHTHOUSE.id}&reveal=3`);
  await expect(page.getByRole('checkbox', { name: 'Clara Vey' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Hugo Brandt' })).toHaveCount(0);
  await expect(page.getByText(/grandmother/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal all' }).click();
  await expect(page.getByRole('checkbox', { name: 'Hugo Brandt' })).toBeVisible();
  await expect(page.locator('[data-scene-id]')).toHaveCount(10);
  expect(
    await page.evaluate(() => localStorage.getItem('fabula:seen:the-lighthouse-letters')),
  ).toBe('seen');
});

test('a link to a scene beyond the limit asks before revealing', async ({ page }) => {
  await page.goto(`/?film=${LIGHTHOUSE.id}`);
  await page.getByRole('button', { name: 'Not yet — reveal as I go' }).click();
  await page.goto(`/?film=${LIGHTHOUSE.id}&scene=s07`);
  await expect(
    page.getByText('This link opens scene 7, beyond what you’ve seen. Reveal up to it?'),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/spoiler-link-question.png' });
  await page.getByRole('button', { name: 'Reveal up to scene 7' }).click();
  await expect(page.getByRole('heading', { name: 'Ada confronts Hugo' })).toBeVisible();
  await expect(page.locator('[data-scene-id]')).toHaveCount(7);
});
