import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chronoIds, LIGHTHOUSE, serveFixtureFilms, storyIds, watchProblems } from './support/films';

const FILM = LIGHTHOUSE.id;
const title = (id: string | undefined) => LIGHTHOUSE.scenes.find((s) => s.id === id)?.title ?? '?';

test.beforeEach(async ({ page }) => {
  await serveFixtureFilms(page);
});

const presentRegion = (page: Page) => page.getByRole('region', { name: 'Present mode' });
const sceneTitle = (region: Locator) => region.locator('[data-present-title]');

/** Horizontal centres of the present timeline's scenes, once its morph has ended. */
async function centres(region: Locator): Promise<Map<string, number>> {
  await expect(region.locator('[data-timeline-root]')).not.toHaveAttribute('data-morphing', 'true');
  const rows = await region
    .locator('[data-scene-id]')
    .evaluateAll((els) =>
      els.map(
        (el) => [el.getAttribute('data-scene-id') ?? '', el.getBoundingClientRect().x] as const,
      ),
    );
  return new Map(rows);
}

const leftToRight = (c: Map<string, number>): string[] =>
  [...c.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);

test('the Present button opens present mode; arrows step, O morphs the order, Esc leaves', async ({
  page,
}) => {
  const problems = watchProblems(page);
  // Record full-screen requests (headless Chromium may grant or refuse them; either is fine).
  await page.addInitScript(() => {
    const original = Element.prototype.requestFullscreen;
    Element.prototype.requestFullscreen = function (this: Element, options?: FullscreenOptions) {
      document.documentElement.dataset.fullscreenAsked = 'yes';
      return original.call(this, options).catch(() => undefined);
    };
  });
  await page.goto(`/?film=${FILM}&reveal=all`);
  await page.getByRole('button', { name: 'Present', exact: true }).click({ timeout: 15_000 });
  const region = presentRegion(page);
  await expect(region).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-fullscreen-asked', 'yes');
  await expect(page).toHaveURL(/[?&]present=1(&|$)/);
  const story = storyIds(LIGHTHOUSE);
  await expect(sceneTitle(region)).toHaveText(title(story[0]));
  await expect(region.locator('[data-position="story"]')).toContainText('1st told');

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(sceneTitle(region)).toHaveText(title(story[2]));
  await expect(page).toHaveURL(new RegExp(`scene=${story[2]}`));
  await expect(region.locator('[data-present-step]')).toContainText('3 of 10 in story order');
  await page.keyboard.press('ArrowLeft');
  await expect(sceneTitle(region)).toHaveText(title(story[1]));

  // The timeline under the scene morphs: its marks end up in chronological order.
  expect(leftToRight(await centres(region))).toEqual(story);
  // Watch for a morph (not a jump): the timeline root is marked while marks travel.
  await region.locator('[data-timeline-root]').evaluate((root) => {
    new MutationObserver(() => {
      if (root.getAttribute('data-morphing') === 'true') root.setAttribute('data-morphed', '');
    }).observe(root, { attributes: true, attributeFilter: ['data-morphing'] });
  });
  await page.keyboard.press('o');
  await expect(region.locator('[data-timeline-root]')).toHaveAttribute('data-morphed', '');
  await expect(region.locator('[data-timeline-root]')).toHaveAttribute('data-order', 'chrono');
  expect(leftToRight(await centres(region))).toEqual(chronoIds(LIGHTHOUSE));
  await expect(page).toHaveURL(/order=chrono/);
  // Same scene; stepping now follows time.
  const chrono = chronoIds(LIGHTHOUSE);
  const at = chrono.indexOf(story[1] ?? '');
  await page.keyboard.press('ArrowRight');
  await expect(sceneTitle(region)).toHaveText(title(chrono[at + 1]));
  await expect(region.locator('[data-position="chrono"]')).toContainText(`in time`);

  await page.keyboard.press('Escape');
  await expect(region).toHaveCount(0);
  await expect(page).not.toHaveURL(/present=/);
  // The film view is usable again: its order toggle answers.
  await expect(page.getByRole('button', { name: 'Chronological order' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(problems).toEqual([]);
});

test('a present=1 link opens present mode, survives a reload and Back leaves it', async ({
  page,
}) => {
  const problems = watchProblems(page);
  await page.goto(`/?film=${FILM}&reveal=all`);
  await page.goto(`/?film=${FILM}&reveal=all&scene=s05&present=1`);
  const region = presentRegion(page);
  await expect(sceneTitle(region)).toHaveText(title('s05'), { timeout: 15_000 });
  await page.keyboard.press('ArrowRight');
  await expect(sceneTitle(region)).toHaveText(title('s06'));
  await page.reload();
  await expect(sceneTitle(presentRegion(page))).toHaveText(title('s06'));
  await page.getByRole('button', { name: /^Exit/ }).click();
  await expect(presentRegion(page)).toHaveCount(0);
  await page.goBack();
  await expect(sceneTitle(presentRegion(page))).toHaveText(title('s06'));
  expect(problems).toEqual([]);
});

test('present mode never shows a scene beyond the spoiler limit', async ({ page }) => {
  await page.goto(`/?film=${FILM}&reveal=3&present=1`);
  const region = presentRegion(page);
  await expect(sceneTitle(region)).toHaveText(title('s01'), { timeout: 15_000 });
  await expect(region.locator('[data-scene-id]')).toHaveCount(4);
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(sceneTitle(region)).toHaveText(title('s04'));
  await expect(region.locator('[data-present-step]')).toContainText('4 of 4');
  for (const hidden of ['s05', 's06', 's07', 's08', 's09', 's10']) {
    await expect(region.getByText(title(hidden), { exact: true })).toHaveCount(0);
  }
  await expect(region.locator('[data-position="chrono"]')).toContainText('of the 4 revealed');
});

test('present mode steps only through the scenes the character filter keeps', async ({ page }) => {
  await page.goto(`/?film=${FILM}&reveal=all&chars=clara&present=1`);
  const region = presentRegion(page);
  const clara = LIGHTHOUSE.scenes.filter((s) => s.characters.includes('clara')).map((s) => s.id);
  await expect(sceneTitle(region)).toHaveText(title(clara[0]), { timeout: 15_000 });
  const seen = [await sceneTitle(region).textContent()];
  for (let i = 1; i < clara.length; i++) {
    await page.keyboard.press('ArrowRight');
    await expect(sceneTitle(region)).toHaveText(title(clara[i]));
    seen.push(await sceneTitle(region).textContent());
  }
  expect(seen).toEqual(clara.map(title));
  await expect(region.locator('[data-present-step]')).toContainText('character filter on');
});

test('present mode at 1920x1080: large type, one scene, the timeline underneath', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`/?film=${FILM}&reveal=all&order=chrono&scene=s04&present=1`);
  const region = presentRegion(page);
  await expect(sceneTitle(region)).toHaveText(title('s04'), { timeout: 15_000 });
  await expect(region.locator('[data-timeline-root]')).not.toHaveAttribute('data-morphing', 'true');
  const size = await sceneTitle(region).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(60);
  // Everything fits the screen: no page scroll, the timeline is inside the viewport.
  const box = await region.locator('[data-timeline-root]').boundingBox();
  expect(box && box.y + box.height).toBeLessThanOrEqual(1080);
  await page.screenshot({ path: 'test-results/present-1920.png' });
  const { violations } = await new AxeBuilder({ page }).include('[data-present]').analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('a present=1 link on a first visit asks the spoiler question first, then presents', async ({
  page,
}) => {
  await page.goto(`/?film=${FILM}&present=1`);
  const dialog = page.getByRole('dialog', { name: /Have you seen/ });
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  await dialog.getByRole('button', { name: /Not yet/ }).click();
  const region = presentRegion(page);
  // Premise only: no scene, the premise and no marks.
  await expect(region.locator('[data-present-title]')).toHaveCount(0);
  await expect(region.locator('[data-scene-id]')).toHaveCount(0);
  await expect(region.getByText(LIGHTHOUSE.premise?.text ?? '')).toBeVisible();
  await expect(region.getByText(/Nothing is revealed yet/)).toBeVisible();
  // The app underneath stays out of reach while presenting.
  await expect(page.locator('#root')).toHaveAttribute('inert', '');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: 'test-results/present-premise-1280.png' });
  await page.keyboard.press('Escape');
  await expect(region).toHaveCount(0);
  await expect(page.locator('#root')).not.toHaveAttribute('inert', '');
});
