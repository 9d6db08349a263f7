import { expect, test, type Page } from '@playwright/test';

/**
 * The structure views against the built app and the real sample films (Story Curves' Memento and
 * Fight Club): the story-curve view (`view=curve`) and the compare page (`page=compare`).
 */

interface SceneJson {
  id: string;
  storyIndex: number;
  chronoIndex: number;
}

const watchProblems = (page: Page): string[] => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return problems;
};

/** Centres of every drawn scene in the curve, by scene id. */
const centres = async (page: Page) =>
  page.locator('[data-testid="story-curve"] [data-scene-id]').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return {
        id: el.getAttribute('data-scene-id') ?? '',
        x: r.left + r.width / 2,
        y: r.top + r.height / 2,
      };
    }),
  );

const settled = async (page: Page) => {
  await expect(page.getByTestId('story-curve')).toBeVisible();
  await expect(page.locator('[data-testid="story-curve"] svg[data-morphing]')).toHaveCount(0);
};

test('the story curve puts each scene at its story position across and its time upwards', async ({
  page,
  request,
}) => {
  const problems = watchProblems(page);
  const film = (await (await request.get('/data/films/memento.json')).json()) as {
    scenes: SceneJson[];
  };
  await page.goto('/?film=memento&view=curve&reveal=all');
  await settled(page);
  await expect(page.getByRole('button', { name: 'Story curve' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const drawn = await centres(page);
  expect(drawn).toHaveLength(film.scenes.length);
  const byId = new Map(drawn.map((d) => [d.id, d]));
  const at = (s: SceneJson) => byId.get(s.id) ?? { x: NaN, y: NaN };
  const byStory = [...film.scenes].sort((a, b) => a.storyIndex - b.storyIndex);
  const byChrono = [...film.scenes].sort((a, b) => a.chronoIndex - b.chronoIndex);
  for (let i = 1; i < byStory.length; i++)
    expect(at(byStory[i] as SceneJson).x).toBeGreaterThan(at(byStory[i - 1] as SceneJson).x);
  for (let i = 1; i < byChrono.length; i++)
    expect(at(byChrono[i] as SceneJson).y).toBeLessThan(at(byChrono[i - 1] as SceneJson).y);
  await expect(page.getByTestId('film-summary')).toContainText('Told backwards');
  await page.screenshot({ path: 'test-results/structure-curve.png', fullPage: true });
  expect(problems).toEqual([]);
});

test('the curve draws only the scenes within the spoiler limit and withholds the measures', async ({
  page,
}) => {
  await page.goto('/?film=memento&view=curve&reveal=9');
  await settled(page);
  const ids = await page
    .locator('[data-testid="story-curve"] [data-scene-id]')
    .evaluateAll((els) => els.length);
  expect(ids).toBe(10);
  await expect(page.getByTestId('film-summary')).toContainText('once the whole film is revealed');
  await expect(page.locator('[data-testid="film-summary"] [data-measure]')).toHaveCount(0);
});

test('the view toggle switches between timeline and curve and keeps it in the link', async ({
  page,
}) => {
  await page.goto('/?film=fight-club&reveal=all');
  const curveButton = page.getByRole('button', { name: 'Story curve' });
  await curveButton.click();
  await settled(page);
  await expect(page).toHaveURL(/view=curve/);
  const scene = page.locator('[data-testid="story-curve"] [data-scene-id]').nth(5);
  await scene.focus();
  await page.keyboard.press('Enter');
  const sceneId = await scene.getAttribute('data-scene-id');
  await expect(page).toHaveURL(new RegExp(`scene=${sceneId}`));
  await page.getByRole('button', { name: 'Timeline' }).click();
  await expect(page.getByTestId('story-curve')).toHaveCount(0);
  await expect(page).not.toHaveURL(/view=curve/);
  await page.goBack();
  await settled(page);
});

test('the compare page sorts the films by a measure and puts two side by side', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto('/?page=compare');
  const rows = page.locator('tbody tr[data-film-id]');
  await expect(rows.first()).toBeVisible();
  await expect(page.locator('tr[data-film-id="memento"]')).toContainText('Told backwards');
  await expect(page.locator('tr[data-film-id="fight-club"]')).toContainText('In medias res');

  const outOfOrder = page.getByRole('button', { name: /Out of order/ });
  await outOfOrder.click();
  await expect(outOfOrder.locator('xpath=ancestor::th')).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first()).toHaveAttribute('data-film-id', 'memento');
  const tau = page.getByRole('button', { name: /Kendall/ });
  await tau.click();
  await tau.click();
  await expect(tau.locator('xpath=ancestor::th')).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.first()).toHaveAttribute('data-film-id', 'memento');

  await expect(page.getByRole('img', { name: 'Story curve of Memento' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Compare Memento' }).check();
  await page.getByRole('checkbox', { name: 'Compare Fight Club' }).check();
  await expect(page.locator('[data-compare-film]')).toHaveCount(2);
  await expect(page.locator('[data-compare-film="fight-club"]')).toContainText('In medias res');
  await expect(page.locator('[data-compare-film] svg[data-morphing]')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/structure-compare.png', fullPage: true });
  expect(problems).toEqual([]);
});
