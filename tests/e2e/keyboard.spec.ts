import { expect, test, type Page } from '@playwright/test';
import { chronoIds, LIGHTHOUSE, serveFixtureFilms, storyIds, watchProblems } from './support/films';

test.beforeEach(async ({ page }) => {
  await serveFixtureFilms(page);
});

/** Presses Tab until the predicate holds for the focused element (at most `limit` times). */
async function tabTo(page: Page, matches: (el: Element) => boolean, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluateHandle(() => document.activeElement);
    if (await hit.evaluate(matches)) return;
  }
  throw new Error('focus never reached the target');
}

const outlineOf = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return { width: style.outlineWidth, style: style.outlineStyle };
  });

test('the explorer works with the keyboard alone, with a visible focus ring', async ({ page }) => {
  const problems = watchProblems(page);
  await page.goto('/');
  await tabTo(page, (el) => el.getAttribute('role') === 'combobox');
  await page.keyboard.type('lighthouse');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /Have you seen/ });
  await expect(dialog).toBeVisible();
  // Focus is trapped in the dialog: Tab twice stays inside.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  await page.getByRole('button', { name: 'I’ve seen it — show everything' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-scene-id]')).toHaveCount(LIGHTHOUSE.scenes.length);

  await tabTo(page, (el) => el.getAttribute('aria-label') === 'Chronological order');
  const ring = await outlineOf(page);
  expect(ring.style).not.toBe('none');
  expect(parseFloat(ring.width)).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Chronological order' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await tabTo(page, (el) => el.hasAttribute('data-scene-id'));
  await page.screenshot({ path: 'test-results/keyboard-focus-mark.png' });
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-scene-id'));
  const order = chronoIds(LIGHTHOUSE);
  const at = order.indexOf(focused ?? '');
  const title = (id: string | undefined) =>
    LIGHTHOUSE.scenes.find((s) => s.id === id)?.title ?? '?';
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: title(order[at]) })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: title(order[at + 1]) })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { name: title(order[at]) })).toBeVisible();
  // Stepping from a mark keeps keyboard focus on the selected mark.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-scene-id'))).toBe(
    order[at],
  );
  await page.keyboard.press('ArrowLeft');
  const current = order[Math.max(0, at - 1)];
  await expect(page.getByRole('heading', { name: title(current) })).toBeVisible();
  await page.keyboard.press('o');
  await expect(page.getByRole('button', { name: 'Story order' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const story = storyIds(LIGHTHOUSE);
  const next = story[Math.min(story.length - 1, story.indexOf(current ?? '') + 1)];
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: title(next) })).toBeVisible();
  await page.screenshot({ path: 'test-results/keyboard-panel.png', fullPage: true });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: title(next) })).toHaveCount(0);

  // Closing the panel from its own Close button puts focus back on the scene's mark.
  await page.locator(`[data-scene-id="${next}"]`).focus();
  await page.keyboard.press('Enter');
  await tabTo(page, (el) => el.getAttribute('aria-label') === 'Close scene panel');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: title(next) })).toHaveCount(0);
  await expect(page.locator(`[data-scene-id="${next}"]`)).toBeFocused();
  expect(problems).toEqual([]);
});

test('shortcuts stay quiet while typing in a field', async ({ page }) => {
  await page.goto(`/?film=${LIGHTHOUSE.id}&reveal=all`);
  await page.getByRole('button', { name: /^Film/ }).click();
  await page.getByRole('combobox', { name: 'Search films' }).pressSequentially('o');
  await expect(page.getByRole('button', { name: 'Story order' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});
